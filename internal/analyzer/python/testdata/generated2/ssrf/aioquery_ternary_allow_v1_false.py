# generated case (gen_cases2): rule=PY-SSRF context=aioquery propagation=ternary_allow sink=v1 expected=false
import requests

from aiohttp import web

routes = web.RouteTableDef()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


ALLOWED = ("alpha", "beta", "gamma")


@routes.get("/ssrf")
async def handle_ssrf(request):
    param = request.query.get("p", "")
    bar = param if param in ALLOWED else "alpha"
    resp = requests.post(bar, json={"event": "ping"}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
