# generated case (gen_cases2): rule=PY-CMDI context=aiotext propagation=match_capture sink=v1 expected=true
import subprocess

from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/cmdi")
async def handle_cmdi(request):
    param = await request.text()
    match param:
        case str(s):
            bar = s
        case _:
            bar = "default"
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
