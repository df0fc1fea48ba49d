# generated case (gen_cases2): rule=PY-CMDI context=aiopost propagation=deque_pop sink=v0 expected=true
import collections
import os

from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/cmdi")
async def handle_cmdi(request):
    form = await request.post()
    param = form.get("p", "")
    dq = collections.deque(["safe"])
    dq.append(param)
    bar = dq.pop()
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
