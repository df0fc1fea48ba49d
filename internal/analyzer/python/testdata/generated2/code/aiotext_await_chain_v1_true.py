# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aiotext propagation=await_chain sink=v1 expected=true
from aiohttp import web

routes = web.RouteTableDef()


async def inner(value):
    return value


async def outer(value):
    return await inner(value)


@routes.post("/code")
async def handle_code(request):
    param = await request.text()
    bar = await outer(param)
    result = str(eval(bar, {"__builtins__": {}}))  # want: PY-CODE-INJECTION
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
