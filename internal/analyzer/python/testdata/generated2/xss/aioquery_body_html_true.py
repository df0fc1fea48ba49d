# generated case (gen_cases2): aiohttp web.Response(body=..., content_type="text/html") with input -> XSS
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/echo")
async def echo(request):
    name = request.query.get("name", "")
    return web.Response(body=("<p>Hello " + name + "</p>").encode(), content_type="text/html")  # want: PY-XSS


app = web.Application()
app.add_routes(routes)
