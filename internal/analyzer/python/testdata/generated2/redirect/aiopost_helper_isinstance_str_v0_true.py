# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiopost propagation=helper_isinstance_str sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


def coerce(value):
    if isinstance(value, str):
        return value
    return "0"


@routes.post("/redirect")
async def handle_redirect(request):
    form = await request.post()
    param = form.get("p", "")
    bar = coerce(param)
    raise web.HTTPFound(bar)  # want: PY-OPEN-REDIRECT


app = web.Application()
app.add_routes(routes)
