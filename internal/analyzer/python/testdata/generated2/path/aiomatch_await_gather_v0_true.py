# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=aiomatch propagation=await_gather sink=v0 expected=true
import asyncio
import os

from aiohttp import web

routes = web.RouteTableDef()
BASE_DIR = "/srv/app/files"


async def normalize(value):
    return value.strip()


@routes.get("/path/{p}")
async def handle_path(request):
    param = request.match_info["p"]
    parts = await asyncio.gather(normalize(param), normalize("safe"))
    bar = parts[0]
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
