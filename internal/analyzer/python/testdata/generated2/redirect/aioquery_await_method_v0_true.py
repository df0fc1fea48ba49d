# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aioquery propagation=await_method sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


class Loader:
    async def load(self, key):
        return key


@routes.get("/redirect")
async def handle_redirect(request):
    param = request.query.get("p", "")
    bar = await Loader().load(param)
    raise web.HTTPFound(bar)  # want: PY-OPEN-REDIRECT


app = web.Application()
app.add_routes(routes)
