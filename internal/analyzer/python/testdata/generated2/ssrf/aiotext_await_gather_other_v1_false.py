# generated case (gen_cases2): rule=PY-SSRF context=aiotext propagation=await_gather_other sink=v1 expected=false
import asyncio
import requests

from aiohttp import web

routes = web.RouteTableDef()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


async def normalize(value):
    return value.strip()


@routes.post("/ssrf")
async def handle_ssrf(request):
    param = await request.text()
    parts = await asyncio.gather(normalize(param), normalize("safe"))
    bar = parts[1]
    resp = requests.post(bar, json={"event": "ping"}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
