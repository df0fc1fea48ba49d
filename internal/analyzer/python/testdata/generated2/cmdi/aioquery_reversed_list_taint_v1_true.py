# generated case (gen_cases2): rule=PY-CMDI context=aioquery propagation=reversed_list_taint sink=v1 expected=true
import subprocess

from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/cmdi")
async def handle_cmdi(request):
    param = request.query.get("p", "")
    bar = list(reversed(["safe", param]))[0]
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
