# generated case (gen_cases2): rule=PY-XSS context=aiotext propagation=closure_factory_const sink=v0 expected=false
from aiohttp import web

routes = web.RouteTableDef()


def make_getter(value):
    def getter():
        return "safe"
    return getter


@routes.post("/xss")
async def handle_xss(request):
    param = await request.text()
    bar = make_getter(param)()
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")


app = web.Application()
app.add_routes(routes)
