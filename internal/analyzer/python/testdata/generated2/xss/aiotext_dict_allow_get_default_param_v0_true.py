# generated case (gen_cases2): rule=PY-XSS context=aiotext propagation=dict_allow_get_default_param sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


ALLOWED = {"alpha": "alpha", "beta": "beta", "gamma": "gamma"}


@routes.post("/xss")
async def handle_xss(request):
    param = await request.text()
    bar = ALLOWED.get("zeta", param)
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")  # want: PY-XSS


app = web.Application()
app.add_routes(routes)
