# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aiopost propagation=match_sequence sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/code")
async def handle_code(request):
    form = await request.post()
    param = form.get("p", "")
    match param.split(",", 1):
        case [head, *_]:
            bar = head
        case _:
            bar = "default"
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
