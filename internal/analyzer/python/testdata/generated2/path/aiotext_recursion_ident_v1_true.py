# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=aiotext propagation=recursion_ident sink=v1 expected=true
from aiohttp import web

routes = web.RouteTableDef()
BASE_DIR = "/srv/app/files"


def unwrap(value, depth):
    if depth <= 0:
        return value
    return unwrap(value, depth - 1)


@routes.post("/path")
async def handle_path(request):
    param = await request.text()
    bar = unwrap(param, 3)
    with open(BASE_DIR + "/" + bar, "rb") as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
