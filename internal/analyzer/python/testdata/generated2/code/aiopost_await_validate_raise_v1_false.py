# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aiopost propagation=await_validate_raise sink=v1 expected=false
import re

from aiohttp import web

routes = web.RouteTableDef()


async def validate(value):
    if not re.fullmatch(r"[a-z0-9]{1,32}", value):
        raise ValueError("invalid")
    return value


@routes.post("/code")
async def handle_code(request):
    form = await request.post()
    param = form.get("p", "")
    bar = await validate(param)
    result = str(eval(bar, {"__builtins__": {}}))
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
