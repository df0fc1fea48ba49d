# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiomatch propagation=strip_semicolons sink=v0 expected=true
import re

from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/redirect/{p}")
async def handle_redirect(request):
    param = request.match_info["p"]
    bar = re.sub(r"[;&|]", "", param)
    raise web.HTTPFound(bar)  # want: PY-OPEN-REDIRECT


app = web.Application()
app.add_routes(routes)
