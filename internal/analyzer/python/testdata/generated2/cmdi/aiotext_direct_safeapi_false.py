# generated case (gen_cases2): rule=PY-CMDI context=aiotext propagation=direct sink=safe-api expected=false
import subprocess

from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/cmdi")
async def handle_cmdi(request):
    param = await request.text()
    bar = param
    proc = subprocess.run(["ls", "-l", "--", bar], capture_output=True)
    result = proc.returncode
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
