# generated case (gen_cases2): rule=PY-CMDI context=aiomatch propagation=itemgetter_other sink=v0 expected=false
import operator
import os

from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/cmdi/{p}")
async def handle_cmdi(request):
    param = request.match_info["p"]
    bar = operator.itemgetter("q")({"p": param, "q": "safe"})
    result = os.system("ping -c 1 " + bar)
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
