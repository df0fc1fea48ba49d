# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aiotext propagation=await_gather sink=v1 expected=true
import asyncio

from aiohttp import web

routes = web.RouteTableDef()


async def normalize(value):
    return value.strip()


@routes.post("/code")
async def handle_code(request):
    param = await request.text()
    parts = await asyncio.gather(normalize(param), normalize("safe"))
    bar = parts[0]
    result = str(eval(bar, {"__builtins__": {}}))  # want: PY-CODE-INJECTION
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
