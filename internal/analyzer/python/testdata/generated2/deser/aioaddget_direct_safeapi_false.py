# generated case (gen_cases2): rule=PY-DESERIALIZATION context=aioaddget propagation=direct sink=safe-api expected=false
import json

from aiohttp import web


async def handle_deser(request):
    param = request.query.get("p", "")
    bar = param
    obj = json.loads(bar)
    result = type(obj).__name__
    return web.json_response({"result": result})


app = web.Application()
app.router.add_get("/deser", handle_deser)
