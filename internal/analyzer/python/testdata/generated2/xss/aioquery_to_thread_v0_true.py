# generated case (gen_cases2): rule=PY-XSS context=aioquery propagation=to_thread sink=v0 expected=true
import asyncio

from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/xss")
async def handle_xss(request):
    param = request.query.get("p", "")
    bar = await asyncio.to_thread(str.strip, param)
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")  # want: PY-XSS


app = web.Application()
app.add_routes(routes)
