# generated case (gen_cases2): rule=PY-CMDI context=aiomatch propagation=match_literal_guard sink=v0 expected=false
import os

from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/cmdi/{p}")
async def handle_cmdi(request):
    param = request.match_info["p"]
    match param:
        case "alpha" | "beta":
            bar = param
        case _:
            bar = "default"
    result = os.system("ping -c 1 " + bar)
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
