# generated case (gen_cases2): rule=PY-XSS context=aioquery propagation=async_listcomp sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


async def chars(value):
    for c in value:
        yield c


@routes.get("/xss")
async def handle_xss(request):
    param = request.query.get("p", "")
    bar = "".join([c async for c in chars(param)])
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")  # want: PY-XSS


app = web.Application()
app.add_routes(routes)
