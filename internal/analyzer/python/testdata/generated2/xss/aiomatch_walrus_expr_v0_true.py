# generated case (gen_cases2): rule=PY-XSS context=aiomatch propagation=walrus_expr sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/xss/{p}")
async def handle_xss(request):
    param = request.match_info["p"]
    bar = (x := param)
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")  # want: PY-XSS


app = web.Application()
app.add_routes(routes)
