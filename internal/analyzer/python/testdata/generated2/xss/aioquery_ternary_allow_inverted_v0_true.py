# generated case (gen_cases2): rule=PY-XSS context=aioquery propagation=ternary_allow_inverted sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


ALLOWED = ("alpha", "beta", "gamma")


@routes.get("/xss")
async def handle_xss(request):
    param = request.query.get("p", "")
    bar = param if param not in ALLOWED else "alpha"
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")  # want: PY-XSS


app = web.Application()
app.add_routes(routes)
