# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aiopost propagation=items_value sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/code")
async def handle_code(request):
    form = await request.post()
    param = form.get("p", "")
    bar = ""
    for _k, v in {"p": param}.items():
        bar = v
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
