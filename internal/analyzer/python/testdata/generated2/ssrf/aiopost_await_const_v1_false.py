# generated case (gen_cases2): rule=PY-SSRF context=aiopost propagation=await_const sink=v1 expected=false
import requests

from aiohttp import web

routes = web.RouteTableDef()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


async def normalize(value):
    return "safe"


@routes.post("/ssrf")
async def handle_ssrf(request):
    form = await request.post()
    param = form.get("p", "")
    bar = await normalize(param)
    resp = requests.post(bar, json={"event": "ping"}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
