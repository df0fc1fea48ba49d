# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aioquery propagation=ternary_allow sink=v0 expected=false
from aiohttp import web

routes = web.RouteTableDef()


ALLOWED = ("alpha", "beta", "gamma")


@routes.get("/redirect")
async def handle_redirect(request):
    param = request.query.get("p", "")
    bar = param if param in ALLOWED else "alpha"
    raise web.HTTPFound(bar)


app = web.Application()
app.add_routes(routes)
