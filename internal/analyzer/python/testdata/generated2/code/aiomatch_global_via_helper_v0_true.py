# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aiomatch propagation=global_via_helper sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


LAST = ""


def remember(value):
    global LAST
    LAST = value


@routes.get("/code/{p}")
async def handle_code(request):
    param = request.match_info["p"]
    remember(param)
    bar = LAST
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
