# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=aiotext propagation=await_validate_raise sink=v1 expected=false
import re

from aiohttp import web

routes = web.RouteTableDef()
BASE_DIR = "/srv/app/files"


async def validate(value):
    if not re.fullmatch(r"[a-z0-9]{1,32}", value):
        raise ValueError("invalid")
    return value


@routes.post("/path")
async def handle_path(request):
    param = await request.text()
    bar = await validate(param)
    with open(BASE_DIR + "/" + bar, "rb") as fh:
        result = len(fh.read())
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
