# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiotext propagation=walrus_len sink=v0 expected=false
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/redirect")
async def handle_redirect(request):
    param = await request.text()
    bar = "empty"
    if (n := len(param)) > 0:
        bar = str(n)
    raise web.HTTPFound(bar)


app = web.Application()
app.add_routes(routes)
