# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiopost propagation=reversed_list_const sink=v0 expected=false
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/redirect")
async def handle_redirect(request):
    form = await request.post()
    param = form.get("p", "")
    bar = list(reversed(["safe", param]))[1]
    raise web.HTTPFound(bar)


app = web.Application()
app.add_routes(routes)
