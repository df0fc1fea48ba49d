# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aiotext propagation=dict_allow_get_default_param sink=v1 expected=true
from aiohttp import web

routes = web.RouteTableDef()


ALLOWED = {"alpha": "alpha", "beta": "beta", "gamma": "gamma"}


@routes.post("/code")
async def handle_code(request):
    param = await request.text()
    bar = ALLOWED.get("zeta", param)
    result = str(eval(bar, {"__builtins__": {}}))  # want: PY-CODE-INJECTION
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
