# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aioquery propagation=itemgetter_other sink=v1 expected=false
import operator

from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/code")
async def handle_code(request):
    param = request.query.get("p", "")
    bar = operator.itemgetter("q")({"p": param, "q": "safe"})
    result = str(eval(bar, {"__builtins__": {}}))
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
