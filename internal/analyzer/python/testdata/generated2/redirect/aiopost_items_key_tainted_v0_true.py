# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiopost propagation=items_key_tainted sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/redirect")
async def handle_redirect(request):
    form = await request.post()
    param = form.get("p", "")
    bar = ""
    for k, _v in {param: "safe"}.items():
        bar = k
    raise web.HTTPFound(bar)  # want: PY-OPEN-REDIRECT


app = web.Application()
app.add_routes(routes)
