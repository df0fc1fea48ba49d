# generated case (gen_cases2): rule=PY-XSS context=aiotext propagation=property_const sink=v0 expected=false
from aiohttp import web

routes = web.RouteTableDef()


class Wrapper:
    def __init__(self, raw):
        self._raw = raw

    @property
    def raw(self):
        return self._raw

    @property
    def label(self):
        return "safe"


@routes.post("/xss")
async def handle_xss(request):
    param = await request.text()
    bar = Wrapper(param).label
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")


app = web.Application()
app.add_routes(routes)
