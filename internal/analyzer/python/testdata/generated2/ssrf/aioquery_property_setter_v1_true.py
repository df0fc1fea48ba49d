# generated case (gen_cases2): rule=PY-SSRF context=aioquery propagation=property_setter sink=v1 expected=true
import requests

from aiohttp import web

routes = web.RouteTableDef()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Wrapper:
    def __init__(self, raw):
        self._raw = raw

    @property
    def raw(self):
        return self._raw

    @raw.setter
    def raw(self, value):
        self._raw = value


@routes.get("/ssrf")
async def handle_ssrf(request):
    param = request.query.get("p", "")
    w = Wrapper("safe")
    w.raw = param
    bar = w.raw
    resp = requests.post(bar, json={"event": "ping"}, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
