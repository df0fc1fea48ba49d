# generated case (gen_cases2): rule=PY-DESERIALIZATION context=aiopost propagation=await_method sink=v0 expected=true
import base64
import pickle

from aiohttp import web

routes = web.RouteTableDef()


class Loader:
    async def load(self, key):
        return key


@routes.post("/deser")
async def handle_deser(request):
    form = await request.post()
    param = form.get("p", "")
    bar = await Loader().load(param)
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
