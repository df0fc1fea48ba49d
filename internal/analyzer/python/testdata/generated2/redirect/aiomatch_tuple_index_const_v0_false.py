# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiomatch propagation=tuple_index_const sink=v0 expected=false
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/redirect/{p}")
async def handle_redirect(request):
    param = request.match_info["p"]
    t = ("safe", param)
    bar = t[0]
    raise web.HTTPFound(bar)


app = web.Application()
app.add_routes(routes)
