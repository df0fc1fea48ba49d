# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiomatch propagation=deque_pop sink=v0 expected=true
import collections

from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/redirect/{p}")
async def handle_redirect(request):
    param = request.match_info["p"]
    dq = collections.deque(["safe"])
    dq.append(param)
    bar = dq.pop()
    raise web.HTTPFound(bar)  # want: PY-OPEN-REDIRECT


app = web.Application()
app.add_routes(routes)
