# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aiopost propagation=async_for_gen sink=v1 expected=true
from aiohttp import web

routes = web.RouteTableDef()


async def agen(value):
    yield value


@routes.post("/code")
async def handle_code(request):
    form = await request.post()
    param = form.get("p", "")
    bar = ""
    async for item in agen(param):
        bar = item
    result = str(eval(bar, {"__builtins__": {}}))  # want: PY-CODE-INJECTION
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
