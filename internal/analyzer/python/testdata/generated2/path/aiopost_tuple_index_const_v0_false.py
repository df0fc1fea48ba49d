# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=aiopost propagation=tuple_index_const sink=v0 expected=false
import os

from aiohttp import web

routes = web.RouteTableDef()
BASE_DIR = "/srv/app/files"


@routes.post("/path")
async def handle_path(request):
    form = await request.post()
    param = form.get("p", "")
    t = ("safe", param)
    bar = t[0]
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
