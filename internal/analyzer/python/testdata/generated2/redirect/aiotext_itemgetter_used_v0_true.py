# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiotext propagation=itemgetter_used sink=v0 expected=true
import operator

from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/redirect")
async def handle_redirect(request):
    param = await request.text()
    bar = operator.itemgetter("p")({"p": param, "q": "safe"})
    raise web.HTTPFound(bar)  # want: PY-OPEN-REDIRECT


app = web.Application()
app.add_routes(routes)
