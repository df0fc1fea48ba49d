# generated case (gen_cases2): rule=PY-XSS context=aioquery propagation=helper_int sink=v0 expected=false
from aiohttp import web

routes = web.RouteTableDef()


def to_int_str(value):
    try:
        return str(int(value))
    except ValueError:
        return "0"


@routes.get("/xss")
async def handle_xss(request):
    param = request.query.get("p", "")
    bar = to_int_str(param)
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")


app = web.Application()
app.add_routes(routes)
