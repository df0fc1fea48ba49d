# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aioquery propagation=closure_factory_const sink=v1 expected=false
from aiohttp import web

routes = web.RouteTableDef()


def make_getter(value):
    def getter():
        return "safe"
    return getter


@routes.get("/code")
async def handle_code(request):
    param = request.query.get("p", "")
    bar = make_getter(param)()
    result = str(eval(bar, {"__builtins__": {}}))
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
