# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aiomatch propagation=direct sink=safe-api expected=false
import ast

from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/code/{p}")
async def handle_code(request):
    param = request.match_info["p"]
    bar = param
    result = str(ast.literal_eval(bar))
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
