# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=aiomatch propagation=await_validate_raise sink=v0 expected=false
import os
import re

from aiohttp import web

routes = web.RouteTableDef()
BASE_DIR = "/srv/app/files"


async def validate(value):
    if not re.fullmatch(r"[a-z0-9]{1,32}", value):
        raise ValueError("invalid")
    return value


@routes.get("/path/{p}")
async def handle_path(request):
    param = request.match_info["p"]
    bar = await validate(param)
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
