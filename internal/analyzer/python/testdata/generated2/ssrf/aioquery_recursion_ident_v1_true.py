# generated case (gen_cases2): rule=PY-SSRF context=aioquery propagation=recursion_ident sink=v1 expected=true
import requests

from aiohttp import web

routes = web.RouteTableDef()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def unwrap(value, depth):
    if depth <= 0:
        return value
    return unwrap(value, depth - 1)


@routes.get("/ssrf")
async def handle_ssrf(request):
    param = request.query.get("p", "")
    bar = unwrap(param, 3)
    resp = requests.post(bar, json={"event": "ping"}, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
