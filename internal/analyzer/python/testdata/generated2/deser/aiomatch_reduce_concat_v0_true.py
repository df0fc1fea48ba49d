# generated case (gen_cases2): rule=PY-DESERIALIZATION context=aiomatch propagation=reduce_concat sink=v0 expected=true
import base64
import functools
import pickle

from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/deser/{p}")
async def handle_deser(request):
    param = request.match_info["p"]
    bar = functools.reduce(lambda a, b: a + b, [param, ""], "")
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
