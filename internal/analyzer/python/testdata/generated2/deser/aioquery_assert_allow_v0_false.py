# generated case (gen_cases2): rule=PY-DESERIALIZATION context=aioquery propagation=assert_allow sink=v0 expected=false
import base64
import pickle

from aiohttp import web

routes = web.RouteTableDef()


ALLOWED = ("alpha", "beta", "gamma")


@routes.get("/deser")
async def handle_deser(request):
    param = request.query.get("p", "")
    assert param in ALLOWED
    bar = param
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
