# generated case (gen_cases2): rule=PY-DESERIALIZATION context=aiomatch propagation=validator_ignored sink=v0 expected=true
import base64
import pickle
import re

from aiohttp import web

routes = web.RouteTableDef()


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


@routes.get("/deser/{p}")
async def handle_deser(request):
    param = request.match_info["p"]
    is_valid(param)
    bar = param
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
