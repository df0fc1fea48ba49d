# generated case (gen_cases2): rule=PY-CMDI context=aiomatch propagation=enumerate_index sink=v0 expected=false
import os

from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/cmdi/{p}")
async def handle_cmdi(request):
    param = request.match_info["p"]
    bar = ""
    for i, _v in enumerate([param]):
        bar = str(i)
    result = os.system("ping -c 1 " + bar)
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
