# generated case (gen_cases2): rule=PY-DESERIALIZATION context=aiotext propagation=super_init sink=v0 expected=true
import base64
import pickle

from aiohttp import web

routes = web.RouteTableDef()


class Base:
    def __init__(self, value):
        self.value = value


class Child(Base):
    def __init__(self, value):
        super().__init__(value)
        self.kind = "child"


@routes.post("/deser")
async def handle_deser(request):
    param = await request.text()
    bar = Child(param).value
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
