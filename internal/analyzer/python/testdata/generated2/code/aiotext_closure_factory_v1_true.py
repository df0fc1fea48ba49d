# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aiotext propagation=closure_factory sink=v1 expected=true
from aiohttp import web

routes = web.RouteTableDef()


def make_getter(value):
    def getter():
        return value
    return getter


@routes.post("/code")
async def handle_code(request):
    param = await request.text()
    bar = make_getter(param)()
    result = str(eval(bar, {"__builtins__": {}}))  # want: PY-CODE-INJECTION
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
