# generated case (gen_cases2): rule=PY-XSS context=aiomatch propagation=await_chain sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


async def inner(value):
    return value


async def outer(value):
    return await inner(value)


@routes.get("/xss/{p}")
async def handle_xss(request):
    param = request.match_info["p"]
    bar = await outer(param)
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")  # want: PY-XSS


app = web.Application()
app.add_routes(routes)
