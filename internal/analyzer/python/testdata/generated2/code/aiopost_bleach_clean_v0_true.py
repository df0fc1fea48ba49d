# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aiopost propagation=bleach_clean sink=v0 expected=true
import bleach

from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/code")
async def handle_code(request):
    form = await request.post()
    param = form.get("p", "")
    bar = bleach.clean(param)
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
