# generated case (gen_cases2): rule=PY-XSS context=aiotext propagation=async_listcomp sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


async def chars(value):
    for c in value:
        yield c


@routes.post("/xss")
async def handle_xss(request):
    param = await request.text()
    bar = "".join([c async for c in chars(param)])
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")  # want: PY-XSS


app = web.Application()
app.add_routes(routes)
