# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiopost propagation=global_overwritten sink=v0 expected=false
from aiohttp import web

routes = web.RouteTableDef()


LAST = ""


@routes.post("/redirect")
async def handle_redirect(request):
    form = await request.post()
    param = form.get("p", "")
    global LAST
    LAST = param
    LAST = "safe"
    bar = LAST
    raise web.HTTPFound(bar)


app = web.Application()
app.add_routes(routes)
