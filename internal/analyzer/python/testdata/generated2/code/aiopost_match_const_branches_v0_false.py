# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aiopost propagation=match_const_branches sink=v0 expected=false
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/code")
async def handle_code(request):
    form = await request.post()
    param = form.get("p", "")
    match param:
        case "a":
            bar = "first"
        case _:
            bar = "other"
    result = str(eval(bar))
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
