# generated case (gen_cases2): rule=PY-XSS context=aiotext propagation=await_validate_raise sink=v0 expected=false
import re

from aiohttp import web

routes = web.RouteTableDef()


async def validate(value):
    if not re.fullmatch(r"[a-z0-9]{1,32}", value):
        raise ValueError("invalid")
    return value


@routes.post("/xss")
async def handle_xss(request):
    param = await request.text()
    bar = await validate(param)
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")


app = web.Application()
app.add_routes(routes)
