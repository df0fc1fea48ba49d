# generated case (gen_cases2): rule=PY-XSS context=aiopost propagation=classattr_mutated sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


class Config:
    value = "default"
    other = "safe"


@routes.post("/xss")
async def handle_xss(request):
    form = await request.post()
    param = form.get("p", "")
    Config.value = param
    bar = Config.value
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")  # want: PY-XSS


app = web.Application()
app.add_routes(routes)
