# generated case (gen_cases2): rule=PY-DESERIALIZATION context=aioquery propagation=closure_factory sink=v0 expected=true
import base64
import pickle

from aiohttp import web

routes = web.RouteTableDef()


def make_getter(value):
    def getter():
        return value
    return getter


@routes.get("/deser")
async def handle_deser(request):
    param = request.query.get("p", "")
    bar = make_getter(param)()
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
