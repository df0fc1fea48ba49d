# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=aiotext propagation=recursion_const sink=v1 expected=false
from aiohttp import web

routes = web.RouteTableDef()
BASE_DIR = "/srv/app/files"


def unwrap(value, depth):
    if depth <= 0:
        return "safe"
    return unwrap(value, depth - 1)


@routes.post("/path")
async def handle_path(request):
    param = await request.text()
    bar = unwrap(param, 3)
    with open(BASE_DIR + "/" + bar, "rb") as fh:
        result = len(fh.read())
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
