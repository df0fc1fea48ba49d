# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=aioquery propagation=async_listcomp sink=v1 expected=true
from aiohttp import web

routes = web.RouteTableDef()
BASE_DIR = "/srv/app/files"


async def chars(value):
    for c in value:
        yield c


@routes.get("/path")
async def handle_path(request):
    param = request.query.get("p", "")
    bar = "".join([c async for c in chars(param)])
    with open(BASE_DIR + "/" + bar, "rb") as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
