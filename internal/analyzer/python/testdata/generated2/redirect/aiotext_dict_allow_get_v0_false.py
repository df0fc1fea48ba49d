# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiotext propagation=dict_allow_get sink=v0 expected=false
from aiohttp import web

routes = web.RouteTableDef()


ALLOWED = {"alpha": "alpha", "beta": "beta", "gamma": "gamma"}


@routes.post("/redirect")
async def handle_redirect(request):
    param = await request.text()
    bar = ALLOWED.get(param, "alpha")
    raise web.HTTPFound(bar)


app = web.Application()
app.add_routes(routes)
