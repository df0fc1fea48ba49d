# generated case (gen_cases2): rule=PY-SSRF context=aiomatch propagation=resub_negclass sink=v0 expected=false
import re
import requests

from aiohttp import web

routes = web.RouteTableDef()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@routes.get("/ssrf/{p}")
async def handle_ssrf(request):
    param = request.match_info["p"]
    bar = re.sub(r"[^a-z0-9]", "", param)
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
