# generated case (gen_cases2): rule=PY-CMDI context=aiomatch propagation=defaultdict_used sink=v0 expected=true
import collections
import os

from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/cmdi/{p}")
async def handle_cmdi(request):
    param = request.match_info["p"]
    d = collections.defaultdict(str)
    d["p"] = param
    bar = d["p"]
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
