# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aioquery propagation=assert_allow sink=v1 expected=false
from aiohttp import web

routes = web.RouteTableDef()


ALLOWED = ("alpha", "beta", "gamma")


@routes.get("/code")
async def handle_code(request):
    param = request.query.get("p", "")
    assert param in ALLOWED
    bar = param
    result = str(eval(bar, {"__builtins__": {}}))
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
