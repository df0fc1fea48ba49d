# generated case (gen_cases2): rule=PY-DESERIALIZATION context=aioaddget propagation=direct sink=v0 expected=true
import base64
import pickle

from aiohttp import web


async def handle_deser(request):
    param = request.query.get("p", "")
    bar = param
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return web.json_response({"result": result})


app = web.Application()
app.router.add_get("/deser", handle_deser)
