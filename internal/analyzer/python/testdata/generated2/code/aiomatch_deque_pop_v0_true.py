# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aiomatch propagation=deque_pop sink=v0 expected=true
import collections

from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/code/{p}")
async def handle_code(request):
    param = request.match_info["p"]
    dq = collections.deque(["safe"])
    dq.append(param)
    bar = dq.pop()
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
