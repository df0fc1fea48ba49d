# generated case (gen_cases2): rule=PY-XSS context=aiopost propagation=values_loop sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/xss")
async def handle_xss(request):
    form = await request.post()
    param = form.get("p", "")
    bar = ""
    for v in {"p": param}.values():
        bar = v
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")  # want: PY-XSS


app = web.Application()
app.add_routes(routes)
