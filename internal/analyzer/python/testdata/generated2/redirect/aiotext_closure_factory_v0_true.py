# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiotext propagation=closure_factory sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


def make_getter(value):
    def getter():
        return value
    return getter


@routes.post("/redirect")
async def handle_redirect(request):
    param = await request.text()
    bar = make_getter(param)()
    raise web.HTTPFound(bar)  # want: PY-OPEN-REDIRECT


app = web.Application()
app.add_routes(routes)
