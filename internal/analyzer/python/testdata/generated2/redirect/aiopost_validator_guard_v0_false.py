# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiopost propagation=validator_guard sink=v0 expected=false
import re

from aiohttp import web

routes = web.RouteTableDef()


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


@routes.post("/redirect")
async def handle_redirect(request):
    form = await request.post()
    param = form.get("p", "")
    if not is_valid(param):
        raise web.HTTPBadRequest()
    bar = param
    raise web.HTTPFound(bar)


app = web.Application()
app.add_routes(routes)
