# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiomatch propagation=closure_lambda sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/redirect/{p}")
async def handle_redirect(request):
    param = request.match_info["p"]
    get = lambda: param
    bar = get()
    raise web.HTTPFound(bar)  # want: PY-OPEN-REDIRECT


app = web.Application()
app.add_routes(routes)
