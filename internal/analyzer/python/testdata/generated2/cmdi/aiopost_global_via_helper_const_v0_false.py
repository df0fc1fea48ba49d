# generated case (gen_cases2): rule=PY-CMDI context=aiopost propagation=global_via_helper_const sink=v0 expected=false
import os

from aiohttp import web

routes = web.RouteTableDef()


LAST = ""


def remember(value):
    global LAST
    LAST = "safe"


@routes.post("/cmdi")
async def handle_cmdi(request):
    form = await request.post()
    param = form.get("p", "")
    remember(param)
    bar = LAST
    result = os.system("ping -c 1 " + bar)
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
