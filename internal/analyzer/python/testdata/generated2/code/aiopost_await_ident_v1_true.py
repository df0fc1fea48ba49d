# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aiopost propagation=await_ident sink=v1 expected=true
from aiohttp import web

routes = web.RouteTableDef()


async def normalize(value):
    return value.strip()


@routes.post("/code")
async def handle_code(request):
    form = await request.post()
    param = form.get("p", "")
    bar = await normalize(param)
    result = str(eval(bar, {"__builtins__": {}}))  # want: PY-CODE-INJECTION
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
