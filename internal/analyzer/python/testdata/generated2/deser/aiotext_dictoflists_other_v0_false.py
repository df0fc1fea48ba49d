# generated case (gen_cases2): rule=PY-DESERIALIZATION context=aiotext propagation=dictoflists_other sink=v0 expected=false
import base64
import pickle

from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/deser")
async def handle_deser(request):
    param = await request.text()
    m = {"a": ["safe"], "b": ["safe", param]}
    bar = m["a"][0]
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
