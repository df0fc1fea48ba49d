# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aioquery propagation=closure_nonlocal sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/redirect")
async def handle_redirect(request):
    param = request.query.get("p", "")
    bar = "safe"
    def update():
        nonlocal bar
        bar = param
    update()
    raise web.HTTPFound(bar)  # want: PY-OPEN-REDIRECT


app = web.Application()
app.add_routes(routes)
