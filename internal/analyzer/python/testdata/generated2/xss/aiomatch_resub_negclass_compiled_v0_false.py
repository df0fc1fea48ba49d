# generated case (gen_cases2): rule=PY-XSS context=aiomatch propagation=resub_negclass_compiled sink=v0 expected=false
import re

from aiohttp import web

routes = web.RouteTableDef()


NOT_ALNUM = re.compile(r"[^A-Za-z0-9_]")


@routes.get("/xss/{p}")
async def handle_xss(request):
    param = request.match_info["p"]
    bar = NOT_ALNUM.sub("", param)
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")


app = web.Application()
app.add_routes(routes)
