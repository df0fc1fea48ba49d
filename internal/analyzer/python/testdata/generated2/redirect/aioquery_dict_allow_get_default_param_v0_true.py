# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aioquery propagation=dict_allow_get_default_param sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


ALLOWED = {"alpha": "alpha", "beta": "beta", "gamma": "gamma"}


@routes.get("/redirect")
async def handle_redirect(request):
    param = request.query.get("p", "")
    bar = ALLOWED.get("zeta", param)
    raise web.HTTPFound(bar)  # want: PY-OPEN-REDIRECT


app = web.Application()
app.add_routes(routes)
