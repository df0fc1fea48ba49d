# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aiotext propagation=enumerate_value sink=v1 expected=true
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/code")
async def handle_code(request):
    param = await request.text()
    bar = ""
    for _i, v in enumerate(["safe", param]):
        bar = v
    result = str(eval(bar, {"__builtins__": {}}))  # want: PY-CODE-INJECTION
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
