# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=aiopost propagation=await_chain sink=v1 expected=true
from aiohttp import web

routes = web.RouteTableDef()
BASE_DIR = "/srv/app/files"


async def inner(value):
    return value


async def outer(value):
    return await inner(value)


@routes.post("/path")
async def handle_path(request):
    form = await request.post()
    param = form.get("p", "")
    bar = await outer(param)
    with open(BASE_DIR + "/" + bar, "rb") as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
