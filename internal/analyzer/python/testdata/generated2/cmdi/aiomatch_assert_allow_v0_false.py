# generated case (gen_cases2): rule=PY-CMDI context=aiomatch propagation=assert_allow sink=v0 expected=false
import os

from aiohttp import web

routes = web.RouteTableDef()


ALLOWED = ("alpha", "beta", "gamma")


@routes.get("/cmdi/{p}")
async def handle_cmdi(request):
    param = request.match_info["p"]
    assert param in ALLOWED
    bar = param
    result = os.system("ping -c 1 " + bar)
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
