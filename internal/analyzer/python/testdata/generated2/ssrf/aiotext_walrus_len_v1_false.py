# generated case (gen_cases2): rule=PY-SSRF context=aiotext propagation=walrus_len sink=v1 expected=false
import requests

from aiohttp import web

routes = web.RouteTableDef()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@routes.post("/ssrf")
async def handle_ssrf(request):
    param = await request.text()
    bar = "empty"
    if (n := len(param)) > 0:
        bar = str(n)
    resp = requests.post(bar, json={"event": "ping"}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
