# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aiopost propagation=classmethod_const sink=v0 expected=false
from aiohttp import web

routes = web.RouteTableDef()


class Util:
    prefix = "safe"

    @classmethod
    def passthrough(cls, value):
        return cls.prefix


@routes.post("/code")
async def handle_code(request):
    form = await request.post()
    param = form.get("p", "")
    bar = Util.passthrough(param)
    result = str(eval(bar))
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
