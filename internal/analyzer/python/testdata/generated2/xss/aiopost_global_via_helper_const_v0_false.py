# generated case (gen_cases2): rule=PY-XSS context=aiopost propagation=global_via_helper_const sink=v0 expected=false
from aiohttp import web

routes = web.RouteTableDef()


LAST = ""


def remember(value):
    global LAST
    LAST = "safe"


@routes.post("/xss")
async def handle_xss(request):
    form = await request.post()
    param = form.get("p", "")
    remember(param)
    bar = LAST
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")


app = web.Application()
app.add_routes(routes)
