# generated case (gen_cases2): rule=PY-XSS context=aiopost propagation=await_int sink=v0 expected=false
from aiohttp import web

routes = web.RouteTableDef()


async def normalize(value):
    return str(int(value))


@routes.post("/xss")
async def handle_xss(request):
    form = await request.post()
    param = form.get("p", "")
    bar = await normalize(param)
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")


app = web.Application()
app.add_routes(routes)
