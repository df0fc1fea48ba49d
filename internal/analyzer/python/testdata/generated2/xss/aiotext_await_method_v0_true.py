# generated case (gen_cases2): rule=PY-XSS context=aiotext propagation=await_method sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


class Loader:
    async def load(self, key):
        return key


@routes.post("/xss")
async def handle_xss(request):
    param = await request.text()
    bar = await Loader().load(param)
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")  # want: PY-XSS


app = web.Application()
app.add_routes(routes)
