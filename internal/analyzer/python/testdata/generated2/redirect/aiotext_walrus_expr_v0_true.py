# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiotext propagation=walrus_expr sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/redirect")
async def handle_redirect(request):
    param = await request.text()
    bar = (x := param)
    raise web.HTTPFound(bar)  # want: PY-OPEN-REDIRECT


app = web.Application()
app.add_routes(routes)
