# generated case (gen_cases2): rule=PY-CMDI context=aioquery propagation=functools_partial sink=v1 expected=true
import functools
import subprocess

from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/cmdi")
async def handle_cmdi(request):
    param = request.query.get("p", "")
    join2 = functools.partial(lambda a, b: a + b, "")
    bar = join2(param)
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
