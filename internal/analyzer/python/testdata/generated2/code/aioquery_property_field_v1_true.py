# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aioquery propagation=property_field sink=v1 expected=true
from aiohttp import web

routes = web.RouteTableDef()


class Wrapper:
    def __init__(self, raw):
        self._raw = raw

    @property
    def raw(self):
        return self._raw

    @property
    def label(self):
        return "safe"


@routes.get("/code")
async def handle_code(request):
    param = request.query.get("p", "")
    bar = Wrapper(param).raw
    result = str(eval(bar, {"__builtins__": {}}))  # want: PY-CODE-INJECTION
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
