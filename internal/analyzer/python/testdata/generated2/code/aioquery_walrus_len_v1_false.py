# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aioquery propagation=walrus_len sink=v1 expected=false
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/code")
async def handle_code(request):
    param = request.query.get("p", "")
    bar = "empty"
    if (n := len(param)) > 0:
        bar = str(n)
    result = str(eval(bar, {"__builtins__": {}}))
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
