# generated case (gen_cases2): rule=PY-XSS context=aiotext propagation=walrus_len sink=v0 expected=false
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/xss")
async def handle_xss(request):
    param = await request.text()
    bar = "empty"
    if (n := len(param)) > 0:
        bar = str(n)
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")


app = web.Application()
app.add_routes(routes)
