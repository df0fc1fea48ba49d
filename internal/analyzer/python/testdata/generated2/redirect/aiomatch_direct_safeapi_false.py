# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiomatch propagation=direct sink=safe-api expected=false
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/redirect/{p}")
async def handle_redirect(request):
    param = request.match_info["p"]
    bar = param
    raise web.HTTPFound("/dashboard")


app = web.Application()
app.add_routes(routes)
