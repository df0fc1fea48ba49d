# generated case (gen_cases2): rule=PY-CMDI context=aioaddget propagation=direct sink=safe-api expected=false
import subprocess

from aiohttp import web


async def handle_cmdi(request):
    param = request.query.get("p", "")
    bar = param
    proc = subprocess.run(["ls", "-l", "--", bar], capture_output=True)
    result = proc.returncode
    return web.json_response({"result": result})


app = web.Application()
app.router.add_get("/cmdi", handle_cmdi)
