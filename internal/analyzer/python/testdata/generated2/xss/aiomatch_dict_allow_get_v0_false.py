# generated case (gen_cases2): rule=PY-XSS context=aiomatch propagation=dict_allow_get sink=v0 expected=false
from aiohttp import web

routes = web.RouteTableDef()


ALLOWED = {"alpha": "alpha", "beta": "beta", "gamma": "gamma"}


@routes.get("/xss/{p}")
async def handle_xss(request):
    param = request.match_info["p"]
    bar = ALLOWED.get(param, "alpha")
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")


app = web.Application()
app.add_routes(routes)
