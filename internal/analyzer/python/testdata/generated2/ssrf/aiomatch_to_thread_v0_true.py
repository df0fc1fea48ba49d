# generated case (gen_cases2): rule=PY-SSRF context=aiomatch propagation=to_thread sink=v0 expected=true
import asyncio
import requests

from aiohttp import web

routes = web.RouteTableDef()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@routes.get("/ssrf/{p}")
async def handle_ssrf(request):
    param = request.match_info["p"]
    bar = await asyncio.to_thread(str.strip, param)
    resp = requests.get(bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
