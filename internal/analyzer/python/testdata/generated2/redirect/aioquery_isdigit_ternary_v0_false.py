# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aioquery propagation=isdigit_ternary sink=v0 expected=false
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/redirect")
async def handle_redirect(request):
    param = request.query.get("p", "")
    bar = param if param.isdigit() else "0"
    raise web.HTTPFound(bar)


app = web.Application()
app.add_routes(routes)
