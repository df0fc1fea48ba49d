# generated case (gen_cases2): rule=PY-SSRF context=aiopost propagation=validator_guard sink=v0 expected=false
import re
import requests

from aiohttp import web

routes = web.RouteTableDef()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


@routes.post("/ssrf")
async def handle_ssrf(request):
    form = await request.post()
    param = form.get("p", "")
    if not is_valid(param):
        raise web.HTTPBadRequest()
    bar = param
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
