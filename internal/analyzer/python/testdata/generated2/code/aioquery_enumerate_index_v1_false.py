# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aioquery propagation=enumerate_index sink=v1 expected=false
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/code")
async def handle_code(request):
    param = request.query.get("p", "")
    bar = ""
    for i, _v in enumerate([param]):
        bar = str(i)
    result = str(eval(bar, {"__builtins__": {}}))
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
