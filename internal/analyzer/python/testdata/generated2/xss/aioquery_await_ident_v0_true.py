# generated case (gen_cases2): rule=PY-XSS context=aioquery propagation=await_ident sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


async def normalize(value):
    return value.strip()


@routes.get("/xss")
async def handle_xss(request):
    param = request.query.get("p", "")
    bar = await normalize(param)
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")  # want: PY-XSS


app = web.Application()
app.add_routes(routes)
