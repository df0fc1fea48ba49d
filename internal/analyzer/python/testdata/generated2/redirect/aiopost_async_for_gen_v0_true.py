# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiopost propagation=async_for_gen sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


async def agen(value):
    yield value


@routes.post("/redirect")
async def handle_redirect(request):
    form = await request.post()
    param = form.get("p", "")
    bar = ""
    async for item in agen(param):
        bar = item
    raise web.HTTPFound(bar)  # want: PY-OPEN-REDIRECT


app = web.Application()
app.add_routes(routes)
