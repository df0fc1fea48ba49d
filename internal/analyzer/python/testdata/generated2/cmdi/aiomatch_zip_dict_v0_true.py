# generated case (gen_cases2): rule=PY-CMDI context=aiomatch propagation=zip_dict sink=v0 expected=true
import os

from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/cmdi/{p}")
async def handle_cmdi(request):
    param = request.match_info["p"]
    bar = dict(zip(["k"], [param]))["k"]
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
