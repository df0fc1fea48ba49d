# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aiopost propagation=getattr_default sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


class Box:
    pass


@routes.post("/code")
async def handle_code(request):
    form = await request.post()
    param = form.get("p", "")
    box = Box()
    bar = getattr(box, "missing", param)
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
