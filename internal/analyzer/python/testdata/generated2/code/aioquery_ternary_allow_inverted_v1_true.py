# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aioquery propagation=ternary_allow_inverted sink=v1 expected=true
from aiohttp import web

routes = web.RouteTableDef()


ALLOWED = ("alpha", "beta", "gamma")


@routes.get("/code")
async def handle_code(request):
    param = request.query.get("p", "")
    bar = param if param not in ALLOWED else "alpha"
    result = str(eval(bar, {"__builtins__": {}}))  # want: PY-CODE-INJECTION
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
