# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aioaddget propagation=direct sink=safe-api expected=false
from aiohttp import web


async def handle_redirect(request):
    param = request.query.get("p", "")
    bar = param
    raise web.HTTPFound("/dashboard")


app = web.Application()
app.router.add_get("/redirect", handle_redirect)
