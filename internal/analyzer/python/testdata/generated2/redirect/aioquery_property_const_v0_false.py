# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aioquery propagation=property_const sink=v0 expected=false
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


@routes.get("/redirect")
async def handle_redirect(request):
    param = request.query.get("p", "")
    bar = Wrapper(param).label
    raise web.HTTPFound(bar)


app = web.Application()
app.add_routes(routes)
