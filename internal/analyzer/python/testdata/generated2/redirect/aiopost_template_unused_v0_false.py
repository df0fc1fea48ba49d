# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiopost propagation=template_unused sink=v0 expected=false
import string

from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/redirect")
async def handle_redirect(request):
    form = await request.post()
    param = form.get("p", "")
    bar = string.Template("$v").substitute(v="safe", w=param)
    raise web.HTTPFound(bar)


app = web.Application()
app.add_routes(routes)
