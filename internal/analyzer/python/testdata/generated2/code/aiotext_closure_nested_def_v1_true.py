# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aiotext propagation=closure_nested_def sink=v1 expected=true
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/code")
async def handle_code(request):
    param = await request.text()
    def current():
        return param
    bar = current()
    result = str(eval(bar, {"__builtins__": {}}))  # want: PY-CODE-INJECTION
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
