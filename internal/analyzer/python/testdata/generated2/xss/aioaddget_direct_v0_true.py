# generated case (gen_cases2): rule=PY-XSS context=aioaddget propagation=direct sink=v0 expected=true
from aiohttp import web


async def handle_xss(request):
    param = request.query.get("p", "")
    bar = param
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")  # want: PY-XSS


app = web.Application()
app.router.add_get("/xss", handle_xss)
