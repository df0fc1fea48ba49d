# generated case (gen_cases2): rule=PY-XSS context=aiomatch propagation=closure_nested_def sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/xss/{p}")
async def handle_xss(request):
    param = request.match_info["p"]
    def current():
        return param
    bar = current()
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")  # want: PY-XSS


app = web.Application()
app.add_routes(routes)
