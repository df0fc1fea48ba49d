# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aioquery propagation=dict_allow_get sink=v1 expected=false
from aiohttp import web

routes = web.RouteTableDef()


ALLOWED = {"alpha": "alpha", "beta": "beta", "gamma": "gamma"}


@routes.get("/code")
async def handle_code(request):
    param = request.query.get("p", "")
    bar = ALLOWED.get(param, "alpha")
    result = str(eval(bar, {"__builtins__": {}}))
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
