# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aiotext propagation=resub_negclass_compiled sink=v1 expected=false
import re

from aiohttp import web

routes = web.RouteTableDef()


NOT_ALNUM = re.compile(r"[^A-Za-z0-9_]")


@routes.post("/code")
async def handle_code(request):
    param = await request.text()
    bar = NOT_ALNUM.sub("", param)
    result = str(eval(bar, {"__builtins__": {}}))
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
