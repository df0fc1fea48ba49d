# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiopost propagation=classmethod_factory sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


class Holder:
    def __init__(self, value):
        self.value = value

    @classmethod
    def of(cls, value):
        return cls(value)


@routes.post("/redirect")
async def handle_redirect(request):
    form = await request.post()
    param = form.get("p", "")
    bar = Holder.of(param).value
    raise web.HTTPFound(bar)  # want: PY-OPEN-REDIRECT


app = web.Application()
app.add_routes(routes)
