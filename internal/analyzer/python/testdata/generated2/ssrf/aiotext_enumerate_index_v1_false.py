# generated case (gen_cases2): rule=PY-SSRF context=aiotext propagation=enumerate_index sink=v1 expected=false
import requests

from aiohttp import web

routes = web.RouteTableDef()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@routes.post("/ssrf")
async def handle_ssrf(request):
    param = await request.text()
    bar = ""
    for i, _v in enumerate([param]):
        bar = str(i)
    resp = requests.post(bar, json={"event": "ping"}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
