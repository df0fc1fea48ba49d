# generated case (gen_cases2): rule=PY-SSRF context=aiomatch propagation=validator_wrong_var sink=v0 expected=true
import re
import requests

from aiohttp import web

routes = web.RouteTableDef()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


@routes.get("/ssrf/{p}")
async def handle_ssrf(request):
    param = request.match_info["p"]
    other = "alpha"
    if not is_valid(other):
        raise web.HTTPBadRequest()
    bar = param
    resp = requests.get(bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
