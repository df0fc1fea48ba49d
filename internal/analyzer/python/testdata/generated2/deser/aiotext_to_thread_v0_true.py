# generated case (gen_cases2): rule=PY-DESERIALIZATION context=aiotext propagation=to_thread sink=v0 expected=true
import asyncio
import base64
import pickle

from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/deser")
async def handle_deser(request):
    param = await request.text()
    bar = await asyncio.to_thread(str.strip, param)
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
