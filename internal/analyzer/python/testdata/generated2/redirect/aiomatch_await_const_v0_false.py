# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiomatch propagation=await_const sink=v0 expected=false
from aiohttp import web

routes = web.RouteTableDef()


async def normalize(value):
    return "safe"


@routes.get("/redirect/{p}")
async def handle_redirect(request):
    param = request.match_info["p"]
    bar = await normalize(param)
    raise web.HTTPFound(bar)


app = web.Application()
app.add_routes(routes)
