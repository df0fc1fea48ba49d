# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiopost propagation=async_listcomp sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


async def chars(value):
    for c in value:
        yield c


@routes.post("/redirect")
async def handle_redirect(request):
    form = await request.post()
    param = form.get("p", "")
    bar = "".join([c async for c in chars(param)])
    raise web.HTTPFound(bar)  # want: PY-OPEN-REDIRECT


app = web.Application()
app.add_routes(routes)
