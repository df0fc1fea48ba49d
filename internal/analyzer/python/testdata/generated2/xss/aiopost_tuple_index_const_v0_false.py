# generated case (gen_cases2): rule=PY-XSS context=aiopost propagation=tuple_index_const sink=v0 expected=false
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/xss")
async def handle_xss(request):
    form = await request.post()
    param = form.get("p", "")
    t = ("safe", param)
    bar = t[0]
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")


app = web.Application()
app.add_routes(routes)
