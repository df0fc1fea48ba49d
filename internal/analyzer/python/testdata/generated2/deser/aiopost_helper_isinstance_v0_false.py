# generated case (gen_cases2): rule=PY-DESERIALIZATION context=aiopost propagation=helper_isinstance sink=v0 expected=false
import base64
import pickle

from aiohttp import web

routes = web.RouteTableDef()


def coerce(value):
    if isinstance(value, int):
        return str(value)
    return "0"


@routes.post("/deser")
async def handle_deser(request):
    form = await request.post()
    param = form.get("p", "")
    bar = coerce(param)
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
