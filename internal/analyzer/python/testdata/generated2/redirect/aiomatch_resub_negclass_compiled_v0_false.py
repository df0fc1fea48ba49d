# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiomatch propagation=resub_negclass_compiled sink=v0 expected=false
import re

from aiohttp import web

routes = web.RouteTableDef()


NOT_ALNUM = re.compile(r"[^A-Za-z0-9_]")


@routes.get("/redirect/{p}")
async def handle_redirect(request):
    param = request.match_info["p"]
    bar = NOT_ALNUM.sub("", param)
    raise web.HTTPFound(bar)


app = web.Application()
app.add_routes(routes)
