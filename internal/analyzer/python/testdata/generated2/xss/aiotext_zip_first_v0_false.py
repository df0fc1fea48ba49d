# generated case (gen_cases2): rule=PY-XSS context=aiotext propagation=zip_first sink=v0 expected=false
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/xss")
async def handle_xss(request):
    param = await request.text()
    bar = ""
    for a, _b in zip(["safe"], [param]):
        bar = a
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")


app = web.Application()
app.add_routes(routes)
