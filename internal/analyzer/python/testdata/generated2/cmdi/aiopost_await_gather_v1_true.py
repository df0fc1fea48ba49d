# generated case (gen_cases2): rule=PY-CMDI context=aiopost propagation=await_gather sink=v1 expected=true
import asyncio
import subprocess

from aiohttp import web

routes = web.RouteTableDef()


async def normalize(value):
    return value.strip()


@routes.post("/cmdi")
async def handle_cmdi(request):
    form = await request.post()
    param = form.get("p", "")
    parts = await asyncio.gather(normalize(param), normalize("safe"))
    bar = parts[0]
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
