# generated case (gen_cases2): rule=PY-XSS context=aiotext propagation=walrus_listcomp sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/xss")
async def handle_xss(request):
    param = await request.text()
    bar = [y := param.strip()][0]
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")  # want: PY-XSS


app = web.Application()
app.add_routes(routes)
