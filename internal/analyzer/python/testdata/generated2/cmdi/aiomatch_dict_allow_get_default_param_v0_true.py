# generated case (gen_cases2): rule=PY-CMDI context=aiomatch propagation=dict_allow_get_default_param sink=v0 expected=true
import os

from aiohttp import web

routes = web.RouteTableDef()


ALLOWED = {"alpha": "alpha", "beta": "beta", "gamma": "gamma"}


@routes.get("/cmdi/{p}")
async def handle_cmdi(request):
    param = request.match_info["p"]
    bar = ALLOWED.get("zeta", param)
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
