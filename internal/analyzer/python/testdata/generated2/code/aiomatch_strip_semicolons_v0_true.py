# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aiomatch propagation=strip_semicolons sink=v0 expected=true
import re

from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/code/{p}")
async def handle_code(request):
    param = request.match_info["p"]
    bar = re.sub(r"[;&|]", "", param)
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
