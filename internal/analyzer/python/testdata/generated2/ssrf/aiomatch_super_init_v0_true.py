# generated case (gen_cases2): rule=PY-SSRF context=aiomatch propagation=super_init sink=v0 expected=true
import requests

from aiohttp import web

routes = web.RouteTableDef()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Base:
    def __init__(self, value):
        self.value = value


class Child(Base):
    def __init__(self, value):
        super().__init__(value)
        self.kind = "child"


@routes.get("/ssrf/{p}")
async def handle_ssrf(request):
    param = request.match_info["p"]
    bar = Child(param).value
    resp = requests.get(bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
