# generated case (gen_cases2): rule=PY-CMDI context=aiotext propagation=helper_int sink=v1 expected=false
import subprocess

from aiohttp import web

routes = web.RouteTableDef()


def to_int_str(value):
    try:
        return str(int(value))
    except ValueError:
        return "0"


@routes.post("/cmdi")
async def handle_cmdi(request):
    param = await request.text()
    bar = to_int_str(param)
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
