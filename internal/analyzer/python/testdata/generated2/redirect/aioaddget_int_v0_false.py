# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aioaddget propagation=int sink=v0 expected=false
from aiohttp import web


async def handle_redirect(request):
    param = request.query.get("p", "")
    bar = str(int(param))
    raise web.HTTPFound(bar)


app = web.Application()
app.router.add_get("/redirect", handle_redirect)
