# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aioquery propagation=helper_int sink=v0 expected=false
from aiohttp import web

routes = web.RouteTableDef()


def to_int_str(value):
    try:
        return str(int(value))
    except ValueError:
        return "0"


@routes.get("/redirect")
async def handle_redirect(request):
    param = request.query.get("p", "")
    bar = to_int_str(param)
    raise web.HTTPFound(bar)


app = web.Application()
app.add_routes(routes)
