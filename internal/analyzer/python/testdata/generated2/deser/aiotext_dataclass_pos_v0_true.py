# generated case (gen_cases2): rule=PY-DESERIALIZATION context=aiotext propagation=dataclass_pos sink=v0 expected=true
import base64
import pickle

from aiohttp import web
from dataclasses import dataclass

routes = web.RouteTableDef()


@dataclass
class Query:
    term: str
    other: str = "safe"


@routes.post("/deser")
async def handle_deser(request):
    param = await request.text()
    q = Query(param)
    bar = q.term
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
