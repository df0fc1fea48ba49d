# generated case (gen_cases2): rule=PY-XSS context=aiomatch propagation=await_gather sink=v0 expected=true
import asyncio

from aiohttp import web

routes = web.RouteTableDef()


async def normalize(value):
    return value.strip()


@routes.get("/xss/{p}")
async def handle_xss(request):
    param = request.match_info["p"]
    parts = await asyncio.gather(normalize(param), normalize("safe"))
    bar = parts[0]
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")  # want: PY-XSS


app = web.Application()
app.add_routes(routes)
