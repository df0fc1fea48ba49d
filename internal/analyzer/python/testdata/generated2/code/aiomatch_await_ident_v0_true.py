# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aiomatch propagation=await_ident sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


async def normalize(value):
    return value.strip()


@routes.get("/code/{p}")
async def handle_code(request):
    param = request.match_info["p"]
    bar = await normalize(param)
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
