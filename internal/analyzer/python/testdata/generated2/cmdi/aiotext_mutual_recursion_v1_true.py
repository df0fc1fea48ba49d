# generated case (gen_cases2): rule=PY-CMDI context=aiotext propagation=mutual_recursion sink=v1 expected=true
import subprocess

from aiohttp import web

routes = web.RouteTableDef()


def ping(value, n):
    if n == 0:
        return value
    return pong(value, n - 1)


def pong(value, n):
    return ping(value, n)


@routes.post("/cmdi")
async def handle_cmdi(request):
    param = await request.text()
    bar = ping(param, 4)
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
