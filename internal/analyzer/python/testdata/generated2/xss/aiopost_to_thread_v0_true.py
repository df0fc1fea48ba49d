# generated case (gen_cases2): rule=PY-XSS context=aiopost propagation=to_thread sink=v0 expected=true
import asyncio

from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/xss")
async def handle_xss(request):
    form = await request.post()
    param = form.get("p", "")
    bar = await asyncio.to_thread(str.strip, param)
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")  # want: PY-XSS


app = web.Application()
app.add_routes(routes)
