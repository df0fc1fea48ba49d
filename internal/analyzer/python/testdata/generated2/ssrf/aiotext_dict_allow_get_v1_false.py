# generated case (gen_cases2): rule=PY-SSRF context=aiotext propagation=dict_allow_get sink=v1 expected=false
import requests

from aiohttp import web

routes = web.RouteTableDef()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


ALLOWED = {"alpha": "alpha", "beta": "beta", "gamma": "gamma"}


@routes.post("/ssrf")
async def handle_ssrf(request):
    param = await request.text()
    bar = ALLOWED.get(param, "alpha")
    resp = requests.post(bar, json={"event": "ping"}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
