# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiopost propagation=await_ident sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


async def normalize(value):
    return value.strip()


@routes.post("/redirect")
async def handle_redirect(request):
    form = await request.post()
    param = form.get("p", "")
    bar = await normalize(param)
    raise web.HTTPFound(bar)  # want: PY-OPEN-REDIRECT


app = web.Application()
app.add_routes(routes)
