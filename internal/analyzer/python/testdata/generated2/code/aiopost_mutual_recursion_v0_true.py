# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aiopost propagation=mutual_recursion sink=v0 expected=true
from aiohttp import web

routes = web.RouteTableDef()


def ping(value, n):
    if n == 0:
        return value
    return pong(value, n - 1)


def pong(value, n):
    return ping(value, n)


@routes.post("/code")
async def handle_code(request):
    form = await request.post()
    param = form.get("p", "")
    bar = ping(param, 4)
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
