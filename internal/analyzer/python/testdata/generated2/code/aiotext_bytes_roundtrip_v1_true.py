# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aiotext propagation=bytes_roundtrip sink=v1 expected=true
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/code")
async def handle_code(request):
    param = await request.text()
    bar = bytes(param, "utf-8").decode("utf-8")
    result = str(eval(bar, {"__builtins__": {}}))  # want: PY-CODE-INJECTION
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
