# generated case (gen_cases2): rule=PY-XSS context=aioquery propagation=sorted_lens sink=v0 expected=false
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/xss")
async def handle_xss(request):
    param = request.query.get("p", "")
    bar = str(sorted([len(param), 3])[0])
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")


app = web.Application()
app.add_routes(routes)
