# generated case (gen_cases2): rule=PY-CMDI context=aiotext propagation=ternary_allow_inverted sink=v1 expected=true
import subprocess

from aiohttp import web

routes = web.RouteTableDef()


ALLOWED = ("alpha", "beta", "gamma")


@routes.post("/cmdi")
async def handle_cmdi(request):
    param = await request.text()
    bar = param if param not in ALLOWED else "alpha"
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
