# generated case (gen_cases2): rule=PY-CMDI context=aioquery propagation=reversed_list_const sink=v1 expected=false
import subprocess

from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/cmdi")
async def handle_cmdi(request):
    param = request.query.get("p", "")
    bar = list(reversed(["safe", param]))[1]
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
