# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=aiopost propagation=direct sink=safe-api expected=false
import os

from aiohttp import web

routes = web.RouteTableDef()
BASE_DIR = "/srv/app/files"


@routes.post("/path")
async def handle_path(request):
    form = await request.post()
    param = form.get("p", "")
    bar = param
    with open(os.path.join(BASE_DIR, "index.txt")) as fh:
        result = bar in fh.read()
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
