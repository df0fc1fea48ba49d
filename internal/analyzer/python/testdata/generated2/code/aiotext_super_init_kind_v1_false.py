# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aiotext propagation=super_init_kind sink=v1 expected=false
from aiohttp import web

routes = web.RouteTableDef()


class Base:
    def __init__(self, value):
        self.value = value


class Child(Base):
    def __init__(self, value):
        super().__init__(value)
        self.kind = "child"


@routes.post("/code")
async def handle_code(request):
    param = await request.text()
    bar = Child(param).kind
    result = str(eval(bar, {"__builtins__": {}}))
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
