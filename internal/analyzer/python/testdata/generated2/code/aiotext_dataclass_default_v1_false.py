# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aiotext propagation=dataclass_default sink=v1 expected=false
from aiohttp import web
from dataclasses import dataclass

routes = web.RouteTableDef()


@dataclass
class Query:
    term: str
    other: str = "safe"


@routes.post("/code")
async def handle_code(request):
    param = await request.text()
    q = Query(term=param)
    bar = q.other
    result = str(eval(bar, {"__builtins__": {}}))
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
