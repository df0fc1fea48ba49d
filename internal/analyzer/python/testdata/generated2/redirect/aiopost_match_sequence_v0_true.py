# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiopost propagation=match_sequence sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/redirect")
async def handle_redirect(request):
    form = await request.post()
    param = form.get("p", "")
    match param.split(",", 1):
        case [head, *_]:
            bar = head
        case _:
            bar = "default"
    raise web.HTTPFound(bar)  # want: PY-OPEN-REDIRECT


app = web.Application()
app.add_routes(routes)
