# generated case (gen_cases2): rule=PY-XSS context=aiomatch propagation=enumerate_index sink=v0 expected=false
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/xss/{p}")
async def handle_xss(request):
    param = request.match_info["p"]
    bar = ""
    for i, _v in enumerate([param]):
        bar = str(i)
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")


app = web.Application()
app.add_routes(routes)
