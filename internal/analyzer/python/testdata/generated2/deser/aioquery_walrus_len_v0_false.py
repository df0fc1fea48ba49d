# generated case (gen_cases2): rule=PY-DESERIALIZATION context=aioquery propagation=walrus_len sink=v0 expected=false
import base64
import pickle

from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/deser")
async def handle_deser(request):
    param = request.query.get("p", "")
    bar = "empty"
    if (n := len(param)) > 0:
        bar = str(n)
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
