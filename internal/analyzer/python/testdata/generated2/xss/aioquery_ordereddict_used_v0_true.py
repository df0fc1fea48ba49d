# generated case (gen_cases2): rule=PY-XSS context=aioquery propagation=ordereddict_used sink=v0 expected=true
from aiohttp import web
from collections import OrderedDict

routes = web.RouteTableDef()


@routes.get("/xss")
async def handle_xss(request):
    param = request.query.get("p", "")
    od = OrderedDict([("a", "safe"), ("b", param)])
    bar = od["b"]
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")  # want: PY-XSS


app = web.Application()
app.add_routes(routes)
