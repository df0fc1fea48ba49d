# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=aiotext propagation=ternary_allow sink=v1 expected=false
from aiohttp import web

routes = web.RouteTableDef()
BASE_DIR = "/srv/app/files"


ALLOWED = ("alpha", "beta", "gamma")


@routes.post("/path")
async def handle_path(request):
    param = await request.text()
    bar = param if param in ALLOWED else "alpha"
    with open(BASE_DIR + "/" + bar, "rb") as fh:
        result = len(fh.read())
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
