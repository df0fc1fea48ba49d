# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aiomatch propagation=async_for_gen sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


async def agen(value):
    yield value


@routes.get("/code/{p}")
async def handle_code(request):
    param = request.match_info["p"]
    bar = ""
    async for item in agen(param):
        bar = item
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
