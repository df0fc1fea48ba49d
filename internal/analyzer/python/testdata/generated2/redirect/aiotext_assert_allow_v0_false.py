# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiotext propagation=assert_allow sink=v0 expected=false
from aiohttp import web

routes = web.RouteTableDef()


ALLOWED = ("alpha", "beta", "gamma")


@routes.post("/redirect")
async def handle_redirect(request):
    param = await request.text()
    assert param in ALLOWED
    bar = param
    raise web.HTTPFound(bar)


app = web.Application()
app.add_routes(routes)
