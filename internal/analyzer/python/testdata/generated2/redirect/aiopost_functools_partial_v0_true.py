# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiopost propagation=functools_partial sink=v0 expected=true
import functools

from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/redirect")
async def handle_redirect(request):
    form = await request.post()
    param = form.get("p", "")
    join2 = functools.partial(lambda a, b: a + b, "")
    bar = join2(param)
    raise web.HTTPFound(bar)  # want: PY-OPEN-REDIRECT


app = web.Application()
app.add_routes(routes)
