# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiomatch propagation=async_listcomp sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


async def chars(value):
    for c in value:
        yield c


@routes.get("/redirect/{p}")
async def handle_redirect(request):
    param = request.match_info["p"]
    bar = "".join([c async for c in chars(param)])
    raise web.HTTPFound(bar)  # want: PY-OPEN-REDIRECT


app = web.Application()
app.add_routes(routes)
