# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiomatch propagation=inherited_init sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


class Base:
    def __init__(self, value):
        self.value = value


class Child(Base):
    pass


@routes.get("/redirect/{p}")
async def handle_redirect(request):
    param = request.match_info["p"]
    bar = Child(param).value
    raise web.HTTPFound(bar)  # want: PY-OPEN-REDIRECT


app = web.Application()
app.add_routes(routes)
