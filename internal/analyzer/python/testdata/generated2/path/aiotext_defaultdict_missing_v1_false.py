# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=aiotext propagation=defaultdict_missing sink=v1 expected=false
import collections

from aiohttp import web

routes = web.RouteTableDef()
BASE_DIR = "/srv/app/files"


@routes.post("/path")
async def handle_path(request):
    param = await request.text()
    d = collections.defaultdict(str)
    d["p"] = param
    bar = d["q"]
    with open(BASE_DIR + "/" + bar, "rb") as fh:
        result = len(fh.read())
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
