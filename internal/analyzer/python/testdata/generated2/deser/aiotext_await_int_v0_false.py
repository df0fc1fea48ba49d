# generated case (gen_cases2): rule=PY-DESERIALIZATION context=aiotext propagation=await_int sink=v0 expected=false
import base64
import pickle

from aiohttp import web

routes = web.RouteTableDef()


async def normalize(value):
    return str(int(value))


@routes.post("/deser")
async def handle_deser(request):
    param = await request.text()
    bar = await normalize(param)
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
