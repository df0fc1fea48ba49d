# generated case (gen_cases2): rule=PY-CMDI context=aiopost propagation=validator_wrong_var sink=v0 expected=true
import os
import re

from aiohttp import web

routes = web.RouteTableDef()


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


@routes.post("/cmdi")
async def handle_cmdi(request):
    form = await request.post()
    param = form.get("p", "")
    other = "alpha"
    if not is_valid(other):
        raise web.HTTPBadRequest()
    bar = param
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
