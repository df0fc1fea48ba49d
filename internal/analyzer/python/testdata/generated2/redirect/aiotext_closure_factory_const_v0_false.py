# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiotext propagation=closure_factory_const sink=v0 expected=false
from aiohttp import web

routes = web.RouteTableDef()


def make_getter(value):
    def getter():
        return "safe"
    return getter


@routes.post("/redirect")
async def handle_redirect(request):
    param = await request.text()
    bar = make_getter(param)()
    raise web.HTTPFound(bar)


app = web.Application()
app.add_routes(routes)
