# generated case (gen_cases2): rule=PY-CMDI context=aiomatch propagation=async_for_gen sink=v0 expected=true
import os

from aiohttp import web

routes = web.RouteTableDef()


async def agen(value):
    yield value


@routes.get("/cmdi/{p}")
async def handle_cmdi(request):
    param = request.match_info["p"]
    bar = ""
    async for item in agen(param):
        bar = item
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
