# generated case (gen_cases2): rule=PY-DESERIALIZATION context=aiotext propagation=dictoflists_used sink=v0 expected=true
import base64
import pickle

from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/deser")
async def handle_deser(request):
    param = await request.text()
    m = {"a": ["safe"], "b": ["safe", param]}
    bar = m["b"][1]
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
