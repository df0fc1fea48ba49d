# generated case (gen_cases2): rule=PY-XSS context=aioquery propagation=match_const_branches sink=v0 expected=false
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/xss")
async def handle_xss(request):
    param = request.query.get("p", "")
    match param:
        case "a":
            bar = "first"
        case _:
            bar = "other"
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")


app = web.Application()
app.add_routes(routes)
