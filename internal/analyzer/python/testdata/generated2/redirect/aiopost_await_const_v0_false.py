# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiopost propagation=await_const sink=v0 expected=false
from aiohttp import web

routes = web.RouteTableDef()


async def normalize(value):
    return "safe"


@routes.post("/redirect")
async def handle_redirect(request):
    form = await request.post()
    param = form.get("p", "")
    bar = await normalize(param)
    raise web.HTTPFound(bar)


app = web.Application()
app.add_routes(routes)
