# generated case (gen_cases2): rule=PY-XSS context=aioquery propagation=direct sink=safe-api expected=false
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/xss")
async def handle_xss(request):
    param = request.query.get("p", "")
    bar = param
    return web.json_response({"hello": bar})


app = web.Application()
app.add_routes(routes)
