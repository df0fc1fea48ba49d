# generated case (gen_cases2): rule=PY-XSS context=aioaddget propagation=direct sink=safe-api expected=false
from aiohttp import web


async def handle_xss(request):
    param = request.query.get("p", "")
    bar = param
    return web.json_response({"hello": bar})


app = web.Application()
app.router.add_get("/xss", handle_xss)
