# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiomatch propagation=to_thread sink=v0 expected=true
import asyncio

from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/redirect/{p}")
async def handle_redirect(request):
    param = request.match_info["p"]
    bar = await asyncio.to_thread(str.strip, param)
    raise web.HTTPFound(bar)  # want: PY-OPEN-REDIRECT


app = web.Application()
app.add_routes(routes)
