# generated case (gen_cases2): rule=PY-CMDI context=aiopost propagation=resub_negclass sink=v0 expected=false
import os
import re

from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/cmdi")
async def handle_cmdi(request):
    form = await request.post()
    param = form.get("p", "")
    bar = re.sub(r"[^a-z0-9]", "", param)
    result = os.system("ping -c 1 " + bar)
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
