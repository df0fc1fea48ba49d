# generated case (gen_cases2): rule=PY-XSS context=aiomatch propagation=closure_factory_const sink=v0 expected=false
from aiohttp import web

routes = web.RouteTableDef()


def make_getter(value):
    def getter():
        return "safe"
    return getter


@routes.get("/xss/{p}")
async def handle_xss(request):
    param = request.match_info["p"]
    bar = make_getter(param)()
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")


app = web.Application()
app.add_routes(routes)
