# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aiomatch propagation=super_ignored sink=v0 expected=false
from aiohttp import web

routes = web.RouteTableDef()


class Base:
    def clean(self, value):
        return value


class Child(Base):
    def clean(self, value):
        super().clean(value)
        return "safe"


@routes.get("/code/{p}")
async def handle_code(request):
    param = request.match_info["p"]
    bar = Child().clean(param)
    result = str(eval(bar))
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
