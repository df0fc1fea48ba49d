# generated case (gen_cases2): rule=PY-XSS context=aiopost propagation=global_overwritten sink=v0 expected=false
from aiohttp import web

routes = web.RouteTableDef()


LAST = ""


@routes.post("/xss")
async def handle_xss(request):
    form = await request.post()
    param = form.get("p", "")
    global LAST
    LAST = param
    LAST = "safe"
    bar = LAST
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")


app = web.Application()
app.add_routes(routes)
