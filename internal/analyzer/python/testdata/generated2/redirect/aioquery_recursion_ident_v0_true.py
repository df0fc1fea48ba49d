# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aioquery propagation=recursion_ident sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


def unwrap(value, depth):
    if depth <= 0:
        return value
    return unwrap(value, depth - 1)


@routes.get("/redirect")
async def handle_redirect(request):
    param = request.query.get("p", "")
    bar = unwrap(param, 3)
    raise web.HTTPFound(bar)  # want: PY-OPEN-REDIRECT


app = web.Application()
app.add_routes(routes)
