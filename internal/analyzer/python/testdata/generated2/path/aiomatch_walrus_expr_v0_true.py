# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=aiomatch propagation=walrus_expr sink=v0 expected=true
import os

from aiohttp import web

routes = web.RouteTableDef()
BASE_DIR = "/srv/app/files"


@routes.get("/path/{p}")
async def handle_path(request):
    param = request.match_info["p"]
    bar = (x := param)
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
