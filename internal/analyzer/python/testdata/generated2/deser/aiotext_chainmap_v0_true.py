# generated case (gen_cases2): rule=PY-DESERIALIZATION context=aiotext propagation=chainmap sink=v0 expected=true
import base64
import collections
import pickle

from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/deser")
async def handle_deser(request):
    param = await request.text()
    bar = collections.ChainMap({"k": param}, {"k": "safe"})["k"]
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
