# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aiomatch propagation=validator_weak sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


def is_short(value):
    return len(value) < 64


@routes.get("/code/{p}")
async def handle_code(request):
    param = request.match_info["p"]
    if not is_short(param):
        raise web.HTTPBadRequest()
    bar = param
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
