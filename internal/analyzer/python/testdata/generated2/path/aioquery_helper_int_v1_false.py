# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=aioquery propagation=helper_int sink=v1 expected=false
from aiohttp import web

routes = web.RouteTableDef()
BASE_DIR = "/srv/app/files"


def to_int_str(value):
    try:
        return str(int(value))
    except ValueError:
        return "0"


@routes.get("/path")
async def handle_path(request):
    param = request.query.get("p", "")
    bar = to_int_str(param)
    with open(BASE_DIR + "/" + bar, "rb") as fh:
        result = len(fh.read())
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
