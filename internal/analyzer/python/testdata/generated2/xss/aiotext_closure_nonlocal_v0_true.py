# generated case (gen_cases2): rule=PY-XSS context=aiotext propagation=closure_nonlocal sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/xss")
async def handle_xss(request):
    param = await request.text()
    bar = "safe"
    def update():
        nonlocal bar
        bar = param
    update()
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")  # want: PY-XSS


app = web.Application()
app.add_routes(routes)
