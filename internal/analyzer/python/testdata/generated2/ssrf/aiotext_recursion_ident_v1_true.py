# generated case (gen_cases2): rule=PY-SSRF context=aiotext propagation=recursion_ident sink=v1 expected=true
import requests

from aiohttp import web

routes = web.RouteTableDef()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def unwrap(value, depth):
    if depth <= 0:
        return value
    return unwrap(value, depth - 1)


@routes.post("/ssrf")
async def handle_ssrf(request):
    param = await request.text()
    bar = unwrap(param, 3)
    resp = requests.post(bar, json={"event": "ping"}, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
