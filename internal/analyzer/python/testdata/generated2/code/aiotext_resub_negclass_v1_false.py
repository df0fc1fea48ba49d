# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aiotext propagation=resub_negclass sink=v1 expected=false
import re

from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/code")
async def handle_code(request):
    param = await request.text()
    bar = re.sub(r"[^a-z0-9]", "", param)
    result = str(eval(bar, {"__builtins__": {}}))
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
