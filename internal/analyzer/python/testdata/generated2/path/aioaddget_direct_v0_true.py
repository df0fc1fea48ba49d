# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=aioaddget propagation=direct sink=v0 expected=true
import os

from aiohttp import web

BASE_DIR = "/srv/app/files"


async def handle_path(request):
    param = request.query.get("p", "")
    bar = param
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return web.json_response({"result": result})


app = web.Application()
app.router.add_get("/path", handle_path)
