# generated case (gen_cases2): rule=PY-XSS context=aiomatch propagation=direct sink=safe-api expected=false
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/xss/{p}")
async def handle_xss(request):
    param = request.match_info["p"]
    bar = param
    return web.json_response({"hello": bar})


app = web.Application()
app.add_routes(routes)
