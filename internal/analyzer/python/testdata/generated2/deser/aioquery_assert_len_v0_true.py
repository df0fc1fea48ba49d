# generated case (gen_cases2): rule=PY-DESERIALIZATION context=aioquery propagation=assert_len sink=v0 expected=true
import base64
import pickle

from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/deser")
async def handle_deser(request):
    param = request.query.get("p", "")
    assert len(param) < 100
    bar = param
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
