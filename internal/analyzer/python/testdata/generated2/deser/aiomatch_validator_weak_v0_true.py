# generated case (gen_cases2): rule=PY-DESERIALIZATION context=aiomatch propagation=validator_weak sink=v0 expected=true
import base64
import pickle

from aiohttp import web

routes = web.RouteTableDef()


def is_short(value):
    return len(value) < 64


@routes.get("/deser/{p}")
async def handle_deser(request):
    param = request.match_info["p"]
    if not is_short(param):
        raise web.HTTPBadRequest()
    bar = param
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
