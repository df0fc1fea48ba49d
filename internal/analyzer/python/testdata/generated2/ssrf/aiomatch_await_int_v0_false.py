# generated case (gen_cases2): rule=PY-SSRF context=aiomatch propagation=await_int sink=v0 expected=false
import requests

from aiohttp import web

routes = web.RouteTableDef()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


async def normalize(value):
    return str(int(value))


@routes.get("/ssrf/{p}")
async def handle_ssrf(request):
    param = request.match_info["p"]
    bar = await normalize(param)
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
