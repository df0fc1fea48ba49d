# generated case (gen_cases2): rule=PY-SSRF context=aioquery propagation=await_validate_raise sink=v1 expected=false
import re
import requests

from aiohttp import web

routes = web.RouteTableDef()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


async def validate(value):
    if not re.fullmatch(r"[a-z0-9]{1,32}", value):
        raise ValueError("invalid")
    return value


@routes.get("/ssrf")
async def handle_ssrf(request):
    param = request.query.get("p", "")
    bar = await validate(param)
    resp = requests.post(bar, json={"event": "ping"}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
