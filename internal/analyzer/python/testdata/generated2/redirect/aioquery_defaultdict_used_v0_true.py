# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aioquery propagation=defaultdict_used sink=v0 expected=true
import collections

from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/redirect")
async def handle_redirect(request):
    param = request.query.get("p", "")
    d = collections.defaultdict(str)
    d["p"] = param
    bar = d["p"]
    raise web.HTTPFound(bar)  # want: PY-OPEN-REDIRECT


app = web.Application()
app.add_routes(routes)
