# generated case (gen_cases2): aiohttp web.Response(text=...) defaults to text/plain -> no XSS
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/echo")
async def echo(request):
    name = request.query.get("name", "")
    return web.Response(text="<p>Hello " + name + "</p>")


app = web.Application()
app.add_routes(routes)
