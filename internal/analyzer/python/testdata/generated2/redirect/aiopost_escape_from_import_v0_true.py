# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiopost propagation=escape_from_import sink=v0 expected=true
from aiohttp import web
from markupsafe import escape

routes = web.RouteTableDef()


@routes.post("/redirect")
async def handle_redirect(request):
    form = await request.post()
    param = form.get("p", "")
    bar = escape(param)
    raise web.HTTPFound(bar)  # want: PY-OPEN-REDIRECT


app = web.Application()
app.add_routes(routes)
