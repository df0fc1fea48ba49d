# generated case (gen_cases2): rule=PY-CMDI context=aiomatch propagation=direct sink=v1 expected=true
import subprocess

from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/cmdi/{p}")
async def handle_cmdi(request):
    param = request.match_info["p"]
    bar = param
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
