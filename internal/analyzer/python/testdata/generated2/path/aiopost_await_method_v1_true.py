# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=aiopost propagation=await_method sink=v1 expected=true
from aiohttp import web

routes = web.RouteTableDef()
BASE_DIR = "/srv/app/files"


class Loader:
    async def load(self, key):
        return key


@routes.post("/path")
async def handle_path(request):
    form = await request.post()
    param = form.get("p", "")
    bar = await Loader().load(param)
    with open(BASE_DIR + "/" + bar, "rb") as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
