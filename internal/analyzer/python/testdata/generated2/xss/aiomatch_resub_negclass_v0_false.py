# generated case (gen_cases2): rule=PY-XSS context=aiomatch propagation=resub_negclass sink=v0 expected=false
import re

from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/xss/{p}")
async def handle_xss(request):
    param = request.match_info["p"]
    bar = re.sub(r"[^a-z0-9]", "", param)
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")


app = web.Application()
app.add_routes(routes)
