# generated case (gen_cases2): rule=PY-XSS context=aiopost propagation=validator_weak sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


def is_short(value):
    return len(value) < 64


@routes.post("/xss")
async def handle_xss(request):
    form = await request.post()
    param = form.get("p", "")
    if not is_short(param):
        raise web.HTTPBadRequest()
    bar = param
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")  # want: PY-XSS


app = web.Application()
app.add_routes(routes)
