# generated case (gen_cases2): rule=PY-CMDI context=aiopost propagation=listofdicts_other sink=v0 expected=false
import os

from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/cmdi")
async def handle_cmdi(request):
    form = await request.post()
    param = form.get("p", "")
    rows = [{"n": "safe"}, {"n": param}]
    bar = rows[0]["n"]
    result = os.system("ping -c 1 " + bar)
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
