# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aiomatch propagation=validator_ignored sink=v0 expected=true
import re

from aiohttp import web

routes = web.RouteTableDef()


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


@routes.get("/code/{p}")
async def handle_code(request):
    param = request.match_info["p"]
    is_valid(param)
    bar = param
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
