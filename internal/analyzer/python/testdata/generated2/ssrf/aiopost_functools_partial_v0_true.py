# generated case (gen_cases2): rule=PY-SSRF context=aiopost propagation=functools_partial sink=v0 expected=true
import functools
import requests

from aiohttp import web

routes = web.RouteTableDef()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@routes.post("/ssrf")
async def handle_ssrf(request):
    form = await request.post()
    param = form.get("p", "")
    join2 = functools.partial(lambda a, b: a + b, "")
    bar = join2(param)
    resp = requests.get(bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
