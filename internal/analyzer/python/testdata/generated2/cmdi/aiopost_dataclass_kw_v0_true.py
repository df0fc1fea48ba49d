# generated case (gen_cases2): rule=PY-CMDI context=aiopost propagation=dataclass_kw sink=v0 expected=true
import os

from aiohttp import web
from dataclasses import dataclass

routes = web.RouteTableDef()


@dataclass
class Query:
    term: str
    other: str = "safe"


@routes.post("/cmdi")
async def handle_cmdi(request):
    form = await request.post()
    param = form.get("p", "")
    q = Query(term=param)
    bar = q.term
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
