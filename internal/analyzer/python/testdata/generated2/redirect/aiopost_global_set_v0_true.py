# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiopost propagation=global_set sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


LAST = ""


@routes.post("/redirect")
async def handle_redirect(request):
    form = await request.post()
    param = form.get("p", "")
    global LAST
    LAST = param
    bar = LAST
    raise web.HTTPFound(bar)  # want: PY-OPEN-REDIRECT


app = web.Application()
app.add_routes(routes)
