# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=aiotext propagation=property_setter sink=v1 expected=true
from aiohttp import web

routes = web.RouteTableDef()
BASE_DIR = "/srv/app/files"


class Wrapper:
    def __init__(self, raw):
        self._raw = raw

    @property
    def raw(self):
        return self._raw

    @raw.setter
    def raw(self, value):
        self._raw = value


@routes.post("/path")
async def handle_path(request):
    param = await request.text()
    w = Wrapper("safe")
    w.raw = param
    bar = w.raw
    with open(BASE_DIR + "/" + bar, "rb") as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
