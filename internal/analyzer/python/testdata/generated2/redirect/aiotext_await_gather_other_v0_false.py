# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiotext propagation=await_gather_other sink=v0 expected=false
import asyncio

from aiohttp import web

routes = web.RouteTableDef()


async def normalize(value):
    return value.strip()


@routes.post("/redirect")
async def handle_redirect(request):
    param = await request.text()
    parts = await asyncio.gather(normalize(param), normalize("safe"))
    bar = parts[1]
    raise web.HTTPFound(bar)


app = web.Application()
app.add_routes(routes)
