# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiomatch propagation=resub_negclass sink=v0 expected=false
import re

from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/redirect/{p}")
async def handle_redirect(request):
    param = request.match_info["p"]
    bar = re.sub(r"[^a-z0-9]", "", param)
    raise web.HTTPFound(bar)


app = web.Application()
app.add_routes(routes)
