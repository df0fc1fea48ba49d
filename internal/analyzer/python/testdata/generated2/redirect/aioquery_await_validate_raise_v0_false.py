# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aioquery propagation=await_validate_raise sink=v0 expected=false
import re

from aiohttp import web

routes = web.RouteTableDef()


async def validate(value):
    if not re.fullmatch(r"[a-z0-9]{1,32}", value):
        raise ValueError("invalid")
    return value


@routes.get("/redirect")
async def handle_redirect(request):
    param = request.query.get("p", "")
    bar = await validate(param)
    raise web.HTTPFound(bar)


app = web.Application()
app.add_routes(routes)
