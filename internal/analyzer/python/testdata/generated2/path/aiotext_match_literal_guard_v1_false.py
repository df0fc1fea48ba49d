# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=aiotext propagation=match_literal_guard sink=v1 expected=false
from aiohttp import web

routes = web.RouteTableDef()
BASE_DIR = "/srv/app/files"


@routes.post("/path")
async def handle_path(request):
    param = await request.text()
    match param:
        case "alpha" | "beta":
            bar = param
        case _:
            bar = "default"
    with open(BASE_DIR + "/" + bar, "rb") as fh:
        result = len(fh.read())
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
