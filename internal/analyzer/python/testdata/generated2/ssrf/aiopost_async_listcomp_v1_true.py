# generated case (gen_cases2): rule=PY-SSRF context=aiopost propagation=async_listcomp sink=v1 expected=true
import requests

from aiohttp import web

routes = web.RouteTableDef()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


async def chars(value):
    for c in value:
        yield c


@routes.post("/ssrf")
async def handle_ssrf(request):
    form = await request.post()
    param = form.get("p", "")
    bar = "".join([c async for c in chars(param)])
    resp = requests.post(bar, json={"event": "ping"}, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
