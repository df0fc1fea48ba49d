# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiopost propagation=with_ctx sink=v0 expected=true
import contextlib

from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/redirect")
async def handle_redirect(request):
    form = await request.post()
    param = form.get("p", "")
    with contextlib.nullcontext(param) as v:
        bar = v
    raise web.HTTPFound(bar)  # want: PY-OPEN-REDIRECT


app = web.Application()
app.add_routes(routes)
