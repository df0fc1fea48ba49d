# generated case (gen_cases2): rule=PY-DESERIALIZATION context=aioquery propagation=dataclass_replace sink=v0 expected=true
import base64
import dataclasses
import pickle

from aiohttp import web
from dataclasses import dataclass

routes = web.RouteTableDef()


@dataclass
class Query:
    term: str
    other: str = "safe"


@routes.get("/deser")
async def handle_deser(request):
    param = request.query.get("p", "")
    q = Query(term="safe")
    q2 = dataclasses.replace(q, term=param)
    bar = q2.term
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
