# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=aioquery propagation=validator_guard sink=v1 expected=false
import re

from aiohttp import web

routes = web.RouteTableDef()
BASE_DIR = "/srv/app/files"


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


@routes.get("/path")
async def handle_path(request):
    param = request.query.get("p", "")
    if not is_valid(param):
        raise web.HTTPBadRequest()
    bar = param
    with open(BASE_DIR + "/" + bar, "rb") as fh:
        result = len(fh.read())
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
