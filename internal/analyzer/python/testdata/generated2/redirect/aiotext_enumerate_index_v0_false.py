# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiotext propagation=enumerate_index sink=v0 expected=false
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/redirect")
async def handle_redirect(request):
    param = await request.text()
    bar = ""
    for i, _v in enumerate([param]):
        bar = str(i)
    raise web.HTTPFound(bar)


app = web.Application()
app.add_routes(routes)
