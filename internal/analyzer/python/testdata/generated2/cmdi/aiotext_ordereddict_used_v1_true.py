# generated case (gen_cases2): rule=PY-CMDI context=aiotext propagation=ordereddict_used sink=v1 expected=true
import subprocess

from aiohttp import web
from collections import OrderedDict

routes = web.RouteTableDef()


@routes.post("/cmdi")
async def handle_cmdi(request):
    param = await request.text()
    od = OrderedDict([("a", "safe"), ("b", param)])
    bar = od["b"]
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
