# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aiotext propagation=closure_factory_const sink=v1 expected=false
from aiohttp import web

routes = web.RouteTableDef()


def make_getter(value):
    def getter():
        return "safe"
    return getter


@routes.post("/code")
async def handle_code(request):
    param = await request.text()
    bar = make_getter(param)()
    result = str(eval(bar, {"__builtins__": {}}))
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
