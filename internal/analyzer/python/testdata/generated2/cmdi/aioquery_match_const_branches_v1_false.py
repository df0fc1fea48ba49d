# generated case (gen_cases2): rule=PY-CMDI context=aioquery propagation=match_const_branches sink=v1 expected=false
import subprocess

from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/cmdi")
async def handle_cmdi(request):
    param = request.query.get("p", "")
    match param:
        case "a":
            bar = "first"
        case _:
            bar = "other"
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
