# generated case (gen_cases2): rule=PY-CMDI context=aiomatch propagation=closure_factory_const sink=v0 expected=false
import os

from aiohttp import web

routes = web.RouteTableDef()


def make_getter(value):
    def getter():
        return "safe"
    return getter


@routes.get("/cmdi/{p}")
async def handle_cmdi(request):
    param = request.match_info["p"]
    bar = make_getter(param)()
    result = os.system("ping -c 1 " + bar)
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
