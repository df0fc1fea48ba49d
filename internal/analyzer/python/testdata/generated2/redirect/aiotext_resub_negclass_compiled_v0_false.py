# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiotext propagation=resub_negclass_compiled sink=v0 expected=false
import re

from aiohttp import web

routes = web.RouteTableDef()


NOT_ALNUM = re.compile(r"[^A-Za-z0-9_]")


@routes.post("/redirect")
async def handle_redirect(request):
    param = await request.text()
    bar = NOT_ALNUM.sub("", param)
    raise web.HTTPFound(bar)


app = web.Application()
app.add_routes(routes)
