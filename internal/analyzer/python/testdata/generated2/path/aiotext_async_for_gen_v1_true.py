# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=aiotext propagation=async_for_gen sink=v1 expected=true
from aiohttp import web

routes = web.RouteTableDef()
BASE_DIR = "/srv/app/files"


async def agen(value):
    yield value


@routes.post("/path")
async def handle_path(request):
    param = await request.text()
    bar = ""
    async for item in agen(param):
        bar = item
    with open(BASE_DIR + "/" + bar, "rb") as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
