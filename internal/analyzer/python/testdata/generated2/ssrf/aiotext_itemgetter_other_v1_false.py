# generated case (gen_cases2): rule=PY-SSRF context=aiotext propagation=itemgetter_other sink=v1 expected=false
import operator
import requests

from aiohttp import web

routes = web.RouteTableDef()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@routes.post("/ssrf")
async def handle_ssrf(request):
    param = await request.text()
    bar = operator.itemgetter("q")({"p": param, "q": "safe"})
    resp = requests.post(bar, json={"event": "ping"}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
