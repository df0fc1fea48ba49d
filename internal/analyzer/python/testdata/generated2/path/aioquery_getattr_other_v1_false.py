# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=aioquery propagation=getattr_other sink=v1 expected=false
from aiohttp import web

routes = web.RouteTableDef()
BASE_DIR = "/srv/app/files"


class Box:
    pass


@routes.get("/path")
async def handle_path(request):
    param = request.query.get("p", "")
    box = Box()
    box.field = param
    box.other = "safe"
    bar = getattr(box, "other")
    with open(BASE_DIR + "/" + bar, "rb") as fh:
        result = len(fh.read())
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
