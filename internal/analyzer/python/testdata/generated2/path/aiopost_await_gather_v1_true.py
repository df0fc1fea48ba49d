# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=aiopost propagation=await_gather sink=v1 expected=true
import asyncio

from aiohttp import web

routes = web.RouteTableDef()
BASE_DIR = "/srv/app/files"


async def normalize(value):
    return value.strip()


@routes.post("/path")
async def handle_path(request):
    form = await request.post()
    param = form.get("p", "")
    parts = await asyncio.gather(normalize(param), normalize("safe"))
    bar = parts[0]
    with open(BASE_DIR + "/" + bar, "rb") as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
