# generated case (gen_cases2): rule=PY-DESERIALIZATION context=aiomatch propagation=global_via_helper sink=v0 expected=true
import base64
import pickle

from aiohttp import web

routes = web.RouteTableDef()


LAST = ""


def remember(value):
    global LAST
    LAST = value


@routes.get("/deser/{p}")
async def handle_deser(request):
    param = request.match_info["p"]
    remember(param)
    bar = LAST
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
