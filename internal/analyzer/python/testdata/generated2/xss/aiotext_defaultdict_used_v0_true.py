# generated case (gen_cases2): rule=PY-XSS context=aiotext propagation=defaultdict_used sink=v0 expected=true
import collections

from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/xss")
async def handle_xss(request):
    param = await request.text()
    d = collections.defaultdict(str)
    d["p"] = param
    bar = d["p"]
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")  # want: PY-XSS


app = web.Application()
app.add_routes(routes)
