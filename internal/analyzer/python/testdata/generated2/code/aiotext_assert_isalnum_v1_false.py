# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aiotext propagation=assert_isalnum sink=v1 expected=false
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/code")
async def handle_code(request):
    param = await request.text()
    assert param.isalnum()
    bar = param
    result = str(eval(bar, {"__builtins__": {}}))
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
