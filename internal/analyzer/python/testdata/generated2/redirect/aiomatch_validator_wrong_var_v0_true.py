# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiomatch propagation=validator_wrong_var sink=v0 expected=true
import re

from aiohttp import web

routes = web.RouteTableDef()


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


@routes.get("/redirect/{p}")
async def handle_redirect(request):
    param = request.match_info["p"]
    other = "alpha"
    if not is_valid(other):
        raise web.HTTPBadRequest()
    bar = param
    raise web.HTTPFound(bar)  # want: PY-OPEN-REDIRECT


app = web.Application()
app.add_routes(routes)
