# generated case (gen_cases2): rule=PY-CMDI context=aiotext propagation=recursion_const sink=v1 expected=false
import subprocess

from aiohttp import web

routes = web.RouteTableDef()


def unwrap(value, depth):
    if depth <= 0:
        return "safe"
    return unwrap(value, depth - 1)


@routes.post("/cmdi")
async def handle_cmdi(request):
    param = await request.text()
    bar = unwrap(param, 3)
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
