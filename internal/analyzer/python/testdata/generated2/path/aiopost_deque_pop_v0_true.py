# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=aiopost propagation=deque_pop sink=v0 expected=true
import collections
import os

from aiohttp import web

routes = web.RouteTableDef()
BASE_DIR = "/srv/app/files"


@routes.post("/path")
async def handle_path(request):
    form = await request.post()
    param = form.get("p", "")
    dq = collections.deque(["safe"])
    dq.append(param)
    bar = dq.pop()
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
