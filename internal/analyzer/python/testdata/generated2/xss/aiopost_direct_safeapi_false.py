# generated case (gen_cases2): rule=PY-XSS context=aiopost propagation=direct sink=safe-api expected=false
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/xss")
async def handle_xss(request):
    form = await request.post()
    param = form.get("p", "")
    bar = param
    return web.json_response({"hello": bar})


app = web.Application()
app.add_routes(routes)
