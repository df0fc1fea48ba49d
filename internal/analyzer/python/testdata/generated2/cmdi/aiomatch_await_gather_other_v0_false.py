# generated case (gen_cases2): rule=PY-CMDI context=aiomatch propagation=await_gather_other sink=v0 expected=false
import asyncio
import os

from aiohttp import web

routes = web.RouteTableDef()


async def normalize(value):
    return value.strip()


@routes.get("/cmdi/{p}")
async def handle_cmdi(request):
    param = request.match_info["p"]
    parts = await asyncio.gather(normalize(param), normalize("safe"))
    bar = parts[1]
    result = os.system("ping -c 1 " + bar)
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
