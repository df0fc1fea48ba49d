# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aioquery propagation=match_literal_guard sink=v0 expected=false
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/redirect")
async def handle_redirect(request):
    param = request.query.get("p", "")
    match param:
        case "alpha" | "beta":
            bar = param
        case _:
            bar = "default"
    raise web.HTTPFound(bar)


app = web.Application()
app.add_routes(routes)
