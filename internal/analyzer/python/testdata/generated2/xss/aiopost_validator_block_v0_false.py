# generated case (gen_cases2): rule=PY-XSS context=aiopost propagation=validator_block sink=v0 expected=false
import re

from aiohttp import web

routes = web.RouteTableDef()


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


@routes.post("/xss")
async def handle_xss(request):
    form = await request.post()
    param = form.get("p", "")
    bar = param
    if is_valid(bar):
        return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")
    return web.json_response({"result": None})


app = web.Application()
app.add_routes(routes)
