# generated case (gen_cases2): rule=PY-XSS context=aioquery propagation=recursion_const sink=v0 expected=false
from aiohttp import web

routes = web.RouteTableDef()


def unwrap(value, depth):
    if depth <= 0:
        return "safe"
    return unwrap(value, depth - 1)


@routes.get("/xss")
async def handle_xss(request):
    param = request.query.get("p", "")
    bar = unwrap(param, 3)
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")


app = web.Application()
app.add_routes(routes)
