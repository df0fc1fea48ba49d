# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=aiopost propagation=validator_ignored sink=v0 expected=true
import os
import re

from aiohttp import web

routes = web.RouteTableDef()
BASE_DIR = "/srv/app/files"


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


@routes.post("/path")
async def handle_path(request):
    form = await request.post()
    param = form.get("p", "")
    is_valid(param)
    bar = param
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
