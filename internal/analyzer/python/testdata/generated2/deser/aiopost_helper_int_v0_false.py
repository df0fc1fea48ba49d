# generated case (gen_cases2): rule=PY-DESERIALIZATION context=aiopost propagation=helper_int sink=v0 expected=false
import base64
import pickle

from aiohttp import web

routes = web.RouteTableDef()


def to_int_str(value):
    try:
        return str(int(value))
    except ValueError:
        return "0"


@routes.post("/deser")
async def handle_deser(request):
    form = await request.post()
    param = form.get("p", "")
    bar = to_int_str(param)
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
