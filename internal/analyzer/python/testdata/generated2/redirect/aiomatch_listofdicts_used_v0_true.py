# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiomatch propagation=listofdicts_used sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/redirect/{p}")
async def handle_redirect(request):
    param = request.match_info["p"]
    rows = [{"n": "safe"}, {"n": param}]
    bar = rows[1]["n"]
    raise web.HTTPFound(bar)  # want: PY-OPEN-REDIRECT


app = web.Application()
app.add_routes(routes)
