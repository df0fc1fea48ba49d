# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=aiopost propagation=global_via_helper sink=v0 expected=true
import os

from aiohttp import web

routes = web.RouteTableDef()
BASE_DIR = "/srv/app/files"


LAST = ""


def remember(value):
    global LAST
    LAST = value


@routes.post("/path")
async def handle_path(request):
    form = await request.post()
    param = form.get("p", "")
    remember(param)
    bar = LAST
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
