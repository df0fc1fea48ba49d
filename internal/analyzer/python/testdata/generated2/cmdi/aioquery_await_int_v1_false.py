# generated case (gen_cases2): rule=PY-CMDI context=aioquery propagation=await_int sink=v1 expected=false
import subprocess

from aiohttp import web

routes = web.RouteTableDef()


async def normalize(value):
    return str(int(value))


@routes.get("/cmdi")
async def handle_cmdi(request):
    param = request.query.get("p", "")
    bar = await normalize(param)
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
