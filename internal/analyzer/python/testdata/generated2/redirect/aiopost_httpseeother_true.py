# generated case (gen_cases2): aiohttp HTTPFound with a form value -> open redirect
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/login")
async def login(request):
    form = await request.post()
    location = form.get("next", "/")
    raise web.HTTPFound(location=location)  # want: PY-OPEN-REDIRECT


app = web.Application()
app.add_routes(routes)
