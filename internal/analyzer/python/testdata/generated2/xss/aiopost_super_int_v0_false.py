# generated case (gen_cases2): rule=PY-XSS context=aiopost propagation=super_int sink=v0 expected=false
from aiohttp import web

routes = web.RouteTableDef()


class Base:
    def clean(self, value):
        return str(int(value))


class Child(Base):
    def clean(self, value):
        return super().clean(value)


@routes.post("/xss")
async def handle_xss(request):
    form = await request.post()
    param = form.get("p", "")
    bar = Child().clean(param)
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")


app = web.Application()
app.add_routes(routes)
