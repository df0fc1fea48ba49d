# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiomatch propagation=dictoflists_used sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/redirect/{p}")
async def handle_redirect(request):
    param = request.match_info["p"]
    m = {"a": ["safe"], "b": ["safe", param]}
    bar = m["b"][1]
    raise web.HTTPFound(bar)  # want: PY-OPEN-REDIRECT


app = web.Application()
app.add_routes(routes)
