# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aioquery propagation=await_gather_other sink=v0 expected=false
import asyncio

from aiohttp import web

routes = web.RouteTableDef()


async def normalize(value):
    return value.strip()


@routes.get("/redirect")
async def handle_redirect(request):
    param = request.query.get("p", "")
    parts = await asyncio.gather(normalize(param), normalize("safe"))
    bar = parts[1]
    raise web.HTTPFound(bar)


app = web.Application()
app.add_routes(routes)
