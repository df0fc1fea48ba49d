# generated case (gen_cases2): rule=PY-DESERIALIZATION context=aiomatch propagation=super_int sink=v0 expected=false
import base64
import pickle

from aiohttp import web

routes = web.RouteTableDef()


class Base:
    def clean(self, value):
        return str(int(value))


class Child(Base):
    def clean(self, value):
        return super().clean(value)


@routes.get("/deser/{p}")
async def handle_deser(request):
    param = request.match_info["p"]
    bar = Child().clean(param)
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
