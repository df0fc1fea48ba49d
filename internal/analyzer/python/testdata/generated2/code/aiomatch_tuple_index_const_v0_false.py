# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aiomatch propagation=tuple_index_const sink=v0 expected=false
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/code/{p}")
async def handle_code(request):
    param = request.match_info["p"]
    t = ("safe", param)
    bar = t[0]
    result = str(eval(bar))
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
