# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiotext propagation=direct sink=safe-api expected=false
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/redirect")
async def handle_redirect(request):
    param = await request.text()
    bar = param
    raise web.HTTPFound("/dashboard")


app = web.Application()
app.add_routes(routes)
