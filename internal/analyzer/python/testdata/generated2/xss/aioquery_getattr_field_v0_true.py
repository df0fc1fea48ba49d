# generated case (gen_cases2): rule=PY-XSS context=aioquery propagation=getattr_field sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


class Box:
    pass


@routes.get("/xss")
async def handle_xss(request):
    param = request.query.get("p", "")
    box = Box()
    box.field = param
    box.other = "safe"
    bar = getattr(box, "field")
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")  # want: PY-XSS


app = web.Application()
app.add_routes(routes)
