# generated case (gen_cases2): rule=PY-XSS context=aiotext propagation=recursion_ident sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


def unwrap(value, depth):
    if depth <= 0:
        return value
    return unwrap(value, depth - 1)


@routes.post("/xss")
async def handle_xss(request):
    param = await request.text()
    bar = unwrap(param, 3)
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")  # want: PY-XSS


app = web.Application()
app.add_routes(routes)
