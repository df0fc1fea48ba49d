# generated case (gen_cases2): rule=PY-DESERIALIZATION context=aiotext propagation=validator_wrong_var sink=v0 expected=true
import base64
import pickle
import re

from aiohttp import web

routes = web.RouteTableDef()


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


@routes.post("/deser")
async def handle_deser(request):
    param = await request.text()
    other = "alpha"
    if not is_valid(other):
        raise web.HTTPBadRequest()
    bar = param
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
