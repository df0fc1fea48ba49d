# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aioquery propagation=walrus_listcomp sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/redirect")
async def handle_redirect(request):
    param = request.query.get("p", "")
    bar = [y := param.strip()][0]
    raise web.HTTPFound(bar)  # want: PY-OPEN-REDIRECT


app = web.Application()
app.add_routes(routes)
