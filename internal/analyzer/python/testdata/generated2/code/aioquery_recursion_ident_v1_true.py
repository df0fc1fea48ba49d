# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aioquery propagation=recursion_ident sink=v1 expected=true
from aiohttp import web

routes = web.RouteTableDef()


def unwrap(value, depth):
    if depth <= 0:
        return value
    return unwrap(value, depth - 1)


@routes.get("/code")
async def handle_code(request):
    param = request.query.get("p", "")
    bar = unwrap(param, 3)
    result = str(eval(bar, {"__builtins__": {}}))  # want: PY-CODE-INJECTION
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
