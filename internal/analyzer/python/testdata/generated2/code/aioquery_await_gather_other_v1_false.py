# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aioquery propagation=await_gather_other sink=v1 expected=false
import asyncio

from aiohttp import web

routes = web.RouteTableDef()


async def normalize(value):
    return value.strip()


@routes.get("/code")
async def handle_code(request):
    param = request.query.get("p", "")
    parts = await asyncio.gather(normalize(param), normalize("safe"))
    bar = parts[1]
    result = str(eval(bar, {"__builtins__": {}}))
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
