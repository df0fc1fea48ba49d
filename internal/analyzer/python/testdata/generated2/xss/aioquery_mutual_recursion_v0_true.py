# generated case (gen_cases2): rule=PY-XSS context=aioquery propagation=mutual_recursion sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


def ping(value, n):
    if n == 0:
        return value
    return pong(value, n - 1)


def pong(value, n):
    return ping(value, n)


@routes.get("/xss")
async def handle_xss(request):
    param = request.query.get("p", "")
    bar = ping(param, 4)
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")  # want: PY-XSS


app = web.Application()
app.add_routes(routes)
