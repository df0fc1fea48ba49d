# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aiomatch propagation=await_validate_raise sink=v0 expected=false
import re

from aiohttp import web

routes = web.RouteTableDef()


async def validate(value):
    if not re.fullmatch(r"[a-z0-9]{1,32}", value):
        raise ValueError("invalid")
    return value


@routes.get("/code/{p}")
async def handle_code(request):
    param = request.match_info["p"]
    bar = await validate(param)
    result = str(eval(bar))
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
