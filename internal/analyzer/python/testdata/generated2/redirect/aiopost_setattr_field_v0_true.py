# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiopost propagation=setattr_field sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


class Box:
    pass


@routes.post("/redirect")
async def handle_redirect(request):
    form = await request.post()
    param = form.get("p", "")
    box = Box()
    setattr(box, "field", param)
    box.other = "safe"
    bar = box.field
    raise web.HTTPFound(bar)  # want: PY-OPEN-REDIRECT


app = web.Application()
app.add_routes(routes)
