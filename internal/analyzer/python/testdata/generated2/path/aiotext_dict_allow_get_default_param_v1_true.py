# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=aiotext propagation=dict_allow_get_default_param sink=v1 expected=true
from aiohttp import web

routes = web.RouteTableDef()
BASE_DIR = "/srv/app/files"


ALLOWED = {"alpha": "alpha", "beta": "beta", "gamma": "gamma"}


@routes.post("/path")
async def handle_path(request):
    param = await request.text()
    bar = ALLOWED.get("zeta", param)
    with open(BASE_DIR + "/" + bar, "rb") as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
