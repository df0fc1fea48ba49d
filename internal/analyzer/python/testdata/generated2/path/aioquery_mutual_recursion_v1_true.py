# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=aioquery propagation=mutual_recursion sink=v1 expected=true
from aiohttp import web

routes = web.RouteTableDef()
BASE_DIR = "/srv/app/files"


def ping(value, n):
    if n == 0:
        return value
    return pong(value, n - 1)


def pong(value, n):
    return ping(value, n)


@routes.get("/path")
async def handle_path(request):
    param = request.query.get("p", "")
    bar = ping(param, 4)
    with open(BASE_DIR + "/" + bar, "rb") as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
