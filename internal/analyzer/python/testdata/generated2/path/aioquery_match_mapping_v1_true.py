# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=aioquery propagation=match_mapping sink=v1 expected=true
from aiohttp import web

routes = web.RouteTableDef()
BASE_DIR = "/srv/app/files"


@routes.get("/path")
async def handle_path(request):
    param = request.query.get("p", "")
    match {"k": param}:
        case {"k": v}:
            bar = v
        case _:
            bar = "default"
    with open(BASE_DIR + "/" + bar, "rb") as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
