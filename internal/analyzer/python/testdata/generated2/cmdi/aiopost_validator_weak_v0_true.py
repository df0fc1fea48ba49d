# generated case (gen_cases2): rule=PY-CMDI context=aiopost propagation=validator_weak sink=v0 expected=true
import os

from aiohttp import web

routes = web.RouteTableDef()


def is_short(value):
    return len(value) < 64


@routes.post("/cmdi")
async def handle_cmdi(request):
    form = await request.post()
    param = form.get("p", "")
    if not is_short(param):
        raise web.HTTPBadRequest()
    bar = param
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
