# generated case (gen_cases2): rule=PY-XSS context=aiomatch propagation=super_init_kind sink=v0 expected=false
from aiohttp import web

routes = web.RouteTableDef()


class Base:
    def __init__(self, value):
        self.value = value


class Child(Base):
    def __init__(self, value):
        super().__init__(value)
        self.kind = "child"


@routes.get("/xss/{p}")
async def handle_xss(request):
    param = request.match_info["p"]
    bar = Child(param).kind
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")


app = web.Application()
app.add_routes(routes)
