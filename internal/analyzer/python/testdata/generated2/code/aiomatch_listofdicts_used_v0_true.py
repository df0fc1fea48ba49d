# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aiomatch propagation=listofdicts_used sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/code/{p}")
async def handle_code(request):
    param = request.match_info["p"]
    rows = [{"n": "safe"}, {"n": param}]
    bar = rows[1]["n"]
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
