# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiomatch propagation=global_via_helper sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


LAST = ""


def remember(value):
    global LAST
    LAST = value


@routes.get("/redirect/{p}")
async def handle_redirect(request):
    param = request.match_info["p"]
    remember(param)
    bar = LAST
    raise web.HTTPFound(bar)  # want: PY-OPEN-REDIRECT


app = web.Application()
app.add_routes(routes)
