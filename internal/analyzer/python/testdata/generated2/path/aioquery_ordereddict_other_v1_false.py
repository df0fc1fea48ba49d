# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=aioquery propagation=ordereddict_other sink=v1 expected=false
from aiohttp import web
from collections import OrderedDict

routes = web.RouteTableDef()
BASE_DIR = "/srv/app/files"


@routes.get("/path")
async def handle_path(request):
    param = request.query.get("p", "")
    od = OrderedDict([("a", "safe"), ("b", param)])
    bar = od["a"]
    with open(BASE_DIR + "/" + bar, "rb") as fh:
        result = len(fh.read())
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
