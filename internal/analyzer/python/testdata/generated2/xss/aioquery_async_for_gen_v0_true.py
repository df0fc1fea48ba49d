# generated case (gen_cases2): rule=PY-XSS context=aioquery propagation=async_for_gen sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


async def agen(value):
    yield value


@routes.get("/xss")
async def handle_xss(request):
    param = request.query.get("p", "")
    bar = ""
    async for item in agen(param):
        bar = item
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")  # want: PY-XSS


app = web.Application()
app.add_routes(routes)
