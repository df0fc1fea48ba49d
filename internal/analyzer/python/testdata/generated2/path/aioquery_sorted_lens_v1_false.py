# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=aioquery propagation=sorted_lens sink=v1 expected=false
from aiohttp import web

routes = web.RouteTableDef()
BASE_DIR = "/srv/app/files"


@routes.get("/path")
async def handle_path(request):
    param = request.query.get("p", "")
    bar = str(sorted([len(param), 3])[0])
    with open(BASE_DIR + "/" + bar, "rb") as fh:
        result = len(fh.read())
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
