# generated case (gen_cases2): rule=PY-DESERIALIZATION context=aiopost propagation=match_mapping sink=v0 expected=true
import base64
import pickle

from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/deser")
async def handle_deser(request):
    form = await request.post()
    param = form.get("p", "")
    match {"k": param}:
        case {"k": v}:
            bar = v
        case _:
            bar = "default"
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
