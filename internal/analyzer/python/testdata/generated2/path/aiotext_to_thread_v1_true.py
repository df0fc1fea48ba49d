# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=aiotext propagation=to_thread sink=v1 expected=true
import asyncio

from aiohttp import web

routes = web.RouteTableDef()
BASE_DIR = "/srv/app/files"


@routes.post("/path")
async def handle_path(request):
    param = await request.text()
    bar = await asyncio.to_thread(str.strip, param)
    with open(BASE_DIR + "/" + bar, "rb") as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
