# generated case (gen_cases2): rule=PY-DESERIALIZATION context=aioquery propagation=await_gather sink=v0 expected=true
import asyncio
import base64
import pickle

from aiohttp import web

routes = web.RouteTableDef()


async def normalize(value):
    return value.strip()


@routes.get("/deser")
async def handle_deser(request):
    param = request.query.get("p", "")
    parts = await asyncio.gather(normalize(param), normalize("safe"))
    bar = parts[0]
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
