# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aiomatch propagation=global_via_helper_const sink=v0 expected=false
from aiohttp import web

routes = web.RouteTableDef()


LAST = ""


def remember(value):
    global LAST
    LAST = "safe"


@routes.get("/code/{p}")
async def handle_code(request):
    param = request.match_info["p"]
    remember(param)
    bar = LAST
    result = str(eval(bar))
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
