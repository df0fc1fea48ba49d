# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aiopost propagation=to_thread sink=v1 expected=true
import asyncio

from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/code")
async def handle_code(request):
    form = await request.post()
    param = form.get("p", "")
    bar = await asyncio.to_thread(str.strip, param)
    result = str(eval(bar, {"__builtins__": {}}))  # want: PY-CODE-INJECTION
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
