# generated case (gen_cases2): rule=PY-DESERIALIZATION context=aiomatch propagation=direct sink=safe-api expected=false
import json

from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/deser/{p}")
async def handle_deser(request):
    param = request.match_info["p"]
    bar = param
    obj = json.loads(bar)
    result = type(obj).__name__
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
