# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aioquery propagation=mutual_recursion sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


def ping(value, n):
    if n == 0:
        return value
    return pong(value, n - 1)


def pong(value, n):
    return ping(value, n)


@routes.get("/redirect")
async def handle_redirect(request):
    param = request.query.get("p", "")
    bar = ping(param, 4)
    raise web.HTTPFound(bar)  # want: PY-OPEN-REDIRECT


app = web.Application()
app.add_routes(routes)
