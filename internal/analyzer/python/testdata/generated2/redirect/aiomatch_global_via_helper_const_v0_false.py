# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiomatch propagation=global_via_helper_const sink=v0 expected=false
from aiohttp import web

routes = web.RouteTableDef()


LAST = ""


def remember(value):
    global LAST
    LAST = "safe"


@routes.get("/redirect/{p}")
async def handle_redirect(request):
    param = request.match_info["p"]
    remember(param)
    bar = LAST
    raise web.HTTPFound(bar)


app = web.Application()
app.add_routes(routes)
