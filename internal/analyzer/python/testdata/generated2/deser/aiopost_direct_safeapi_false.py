# generated case (gen_cases2): rule=PY-DESERIALIZATION context=aiopost propagation=direct sink=safe-api expected=false
import json

from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/deser")
async def handle_deser(request):
    form = await request.post()
    param = form.get("p", "")
    bar = param
    obj = json.loads(bar)
    result = type(obj).__name__
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
