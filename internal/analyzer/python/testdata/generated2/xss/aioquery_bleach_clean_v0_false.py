# generated case (gen_cases2): rule=PY-XSS context=aioquery propagation=bleach_clean sink=v0 expected=false
import bleach

from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/xss")
async def handle_xss(request):
    param = request.query.get("p", "")
    bar = bleach.clean(param)
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")


app = web.Application()
app.add_routes(routes)
