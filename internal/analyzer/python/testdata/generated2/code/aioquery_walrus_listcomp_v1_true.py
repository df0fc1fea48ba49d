# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aioquery propagation=walrus_listcomp sink=v1 expected=true
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/code")
async def handle_code(request):
    param = request.query.get("p", "")
    bar = [y := param.strip()][0]
    result = str(eval(bar, {"__builtins__": {}}))  # want: PY-CODE-INJECTION
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
