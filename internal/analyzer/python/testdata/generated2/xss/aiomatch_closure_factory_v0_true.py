# generated case (gen_cases2): rule=PY-XSS context=aiomatch propagation=closure_factory sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


def make_getter(value):
    def getter():
        return value
    return getter


@routes.get("/xss/{p}")
async def handle_xss(request):
    param = request.match_info["p"]
    bar = make_getter(param)()
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")  # want: PY-XSS


app = web.Application()
app.add_routes(routes)
