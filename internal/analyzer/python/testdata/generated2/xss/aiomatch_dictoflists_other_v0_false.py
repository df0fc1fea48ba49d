# generated case (gen_cases2): rule=PY-XSS context=aiomatch propagation=dictoflists_other sink=v0 expected=false
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/xss/{p}")
async def handle_xss(request):
    param = request.match_info["p"]
    m = {"a": ["safe"], "b": ["safe", param]}
    bar = m["a"][0]
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")


app = web.Application()
app.add_routes(routes)
