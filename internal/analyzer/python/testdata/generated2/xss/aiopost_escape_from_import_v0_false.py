# generated case (gen_cases2): rule=PY-XSS context=aiopost propagation=escape_from_import sink=v0 expected=false
from aiohttp import web
from markupsafe import escape

routes = web.RouteTableDef()


@routes.post("/xss")
async def handle_xss(request):
    form = await request.post()
    param = form.get("p", "")
    bar = escape(param)
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")


app = web.Application()
app.add_routes(routes)
