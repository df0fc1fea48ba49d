# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=aiomatch propagation=dict_allow_get sink=v0 expected=false
import os

from aiohttp import web

routes = web.RouteTableDef()
BASE_DIR = "/srv/app/files"


ALLOWED = {"alpha": "alpha", "beta": "beta", "gamma": "gamma"}


@routes.get("/path/{p}")
async def handle_path(request):
    param = request.match_info["p"]
    bar = ALLOWED.get(param, "alpha")
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
