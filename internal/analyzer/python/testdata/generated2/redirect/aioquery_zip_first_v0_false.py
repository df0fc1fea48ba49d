# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aioquery propagation=zip_first sink=v0 expected=false
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/redirect")
async def handle_redirect(request):
    param = request.query.get("p", "")
    bar = ""
    for a, _b in zip(["safe"], [param]):
        bar = a
    raise web.HTTPFound(bar)


app = web.Application()
app.add_routes(routes)
