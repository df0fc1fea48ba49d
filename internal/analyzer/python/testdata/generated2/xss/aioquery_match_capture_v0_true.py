# generated case (gen_cases2): rule=PY-XSS context=aioquery propagation=match_capture sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/xss")
async def handle_xss(request):
    param = request.query.get("p", "")
    match param:
        case str(s):
            bar = s
        case _:
            bar = "default"
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")  # want: PY-XSS


app = web.Application()
app.add_routes(routes)
