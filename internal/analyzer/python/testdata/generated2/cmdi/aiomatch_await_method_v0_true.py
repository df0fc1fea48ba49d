# generated case (gen_cases2): rule=PY-CMDI context=aiomatch propagation=await_method sink=v0 expected=true
import os

from aiohttp import web

routes = web.RouteTableDef()


class Loader:
    async def load(self, key):
        return key


@routes.get("/cmdi/{p}")
async def handle_cmdi(request):
    param = request.match_info["p"]
    bar = await Loader().load(param)
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
