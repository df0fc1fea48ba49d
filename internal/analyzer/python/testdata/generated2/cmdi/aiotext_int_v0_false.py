# generated case (gen_cases2): rule=PY-CMDI context=aiotext propagation=int sink=v0 expected=false
import os

from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/cmdi")
async def handle_cmdi(request):
    param = await request.text()
    bar = str(int(param))
    result = os.system("ping -c 1 " + bar)
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
