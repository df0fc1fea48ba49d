# generated case (gen_cases2): rule=PY-CMDI context=aioquery propagation=validator_guard sink=v1 expected=false
import re
import subprocess

from aiohttp import web

routes = web.RouteTableDef()


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


@routes.get("/cmdi")
async def handle_cmdi(request):
    param = request.query.get("p", "")
    if not is_valid(param):
        raise web.HTTPBadRequest()
    bar = param
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
