# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiotext propagation=await_gather sink=v0 expected=true
import asyncio

from aiohttp import web

routes = web.RouteTableDef()


async def normalize(value):
    return value.strip()


@routes.post("/redirect")
async def handle_redirect(request):
    param = await request.text()
    parts = await asyncio.gather(normalize(param), normalize("safe"))
    bar = parts[0]
    raise web.HTTPFound(bar)  # want: PY-OPEN-REDIRECT


app = web.Application()
app.add_routes(routes)
