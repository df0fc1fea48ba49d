# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiomatch propagation=listofdicts_other sink=v0 expected=false
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/redirect/{p}")
async def handle_redirect(request):
    param = request.match_info["p"]
    rows = [{"n": "safe"}, {"n": param}]
    bar = rows[0]["n"]
    raise web.HTTPFound(bar)


app = web.Application()
app.add_routes(routes)
