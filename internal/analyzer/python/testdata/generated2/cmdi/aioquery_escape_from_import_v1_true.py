# generated case (gen_cases2): rule=PY-CMDI context=aioquery propagation=escape_from_import sink=v1 expected=true
import subprocess

from aiohttp import web
from markupsafe import escape

routes = web.RouteTableDef()


@routes.get("/cmdi")
async def handle_cmdi(request):
    param = request.query.get("p", "")
    bar = escape(param)
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
