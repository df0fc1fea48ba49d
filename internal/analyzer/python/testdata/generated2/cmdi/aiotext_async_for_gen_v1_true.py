# generated case (gen_cases2): rule=PY-CMDI context=aiotext propagation=async_for_gen sink=v1 expected=true
import subprocess

from aiohttp import web

routes = web.RouteTableDef()


async def agen(value):
    yield value


@routes.post("/cmdi")
async def handle_cmdi(request):
    param = await request.text()
    bar = ""
    async for item in agen(param):
        bar = item
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
