# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiomatch propagation=validator_weak sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


def is_short(value):
    return len(value) < 64


@routes.get("/redirect/{p}")
async def handle_redirect(request):
    param = request.match_info["p"]
    if not is_short(param):
        raise web.HTTPBadRequest()
    bar = param
    raise web.HTTPFound(bar)  # want: PY-OPEN-REDIRECT


app = web.Application()
app.add_routes(routes)
