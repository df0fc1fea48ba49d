# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aioquery propagation=match_capture sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/redirect")
async def handle_redirect(request):
    param = request.query.get("p", "")
    match param:
        case str(s):
            bar = s
        case _:
            bar = "default"
    raise web.HTTPFound(bar)  # want: PY-OPEN-REDIRECT


app = web.Application()
app.add_routes(routes)
