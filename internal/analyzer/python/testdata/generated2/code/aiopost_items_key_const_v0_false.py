# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aiopost propagation=items_key_const sink=v0 expected=false
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/code")
async def handle_code(request):
    form = await request.post()
    param = form.get("p", "")
    bar = ""
    for k, _v in {"safe": param}.items():
        bar = k
    result = str(eval(bar))
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
