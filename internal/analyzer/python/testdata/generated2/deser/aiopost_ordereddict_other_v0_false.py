# generated case (gen_cases2): rule=PY-DESERIALIZATION context=aiopost propagation=ordereddict_other sink=v0 expected=false
import base64
import pickle

from aiohttp import web
from collections import OrderedDict

routes = web.RouteTableDef()


@routes.post("/deser")
async def handle_deser(request):
    form = await request.post()
    param = form.get("p", "")
    od = OrderedDict([("a", "safe"), ("b", param)])
    bar = od["a"]
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
