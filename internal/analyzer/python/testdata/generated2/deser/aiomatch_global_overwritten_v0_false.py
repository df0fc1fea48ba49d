# generated case (gen_cases2): rule=PY-DESERIALIZATION context=aiomatch propagation=global_overwritten sink=v0 expected=false
import base64
import pickle

from aiohttp import web

routes = web.RouteTableDef()


LAST = ""


@routes.get("/deser/{p}")
async def handle_deser(request):
    param = request.match_info["p"]
    global LAST
    LAST = param
    LAST = "safe"
    bar = LAST
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
