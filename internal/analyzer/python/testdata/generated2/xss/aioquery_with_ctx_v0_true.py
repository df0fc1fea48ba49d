# generated case (gen_cases2): rule=PY-XSS context=aioquery propagation=with_ctx sink=v0 expected=true
import contextlib

from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/xss")
async def handle_xss(request):
    param = request.query.get("p", "")
    with contextlib.nullcontext(param) as v:
        bar = v
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")  # want: PY-XSS


app = web.Application()
app.add_routes(routes)
