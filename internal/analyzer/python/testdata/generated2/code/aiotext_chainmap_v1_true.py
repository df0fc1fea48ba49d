# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aiotext propagation=chainmap sink=v1 expected=true
import collections

from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/code")
async def handle_code(request):
    param = await request.text()
    bar = collections.ChainMap({"k": param}, {"k": "safe"})["k"]
    result = str(eval(bar, {"__builtins__": {}}))  # want: PY-CODE-INJECTION
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
