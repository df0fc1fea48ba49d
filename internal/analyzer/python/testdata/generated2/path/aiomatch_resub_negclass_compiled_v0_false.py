# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=aiomatch propagation=resub_negclass_compiled sink=v0 expected=false
import os
import re

from aiohttp import web

routes = web.RouteTableDef()
BASE_DIR = "/srv/app/files"


NOT_ALNUM = re.compile(r"[^A-Za-z0-9_]")


@routes.get("/path/{p}")
async def handle_path(request):
    param = request.match_info["p"]
    bar = NOT_ALNUM.sub("", param)
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
