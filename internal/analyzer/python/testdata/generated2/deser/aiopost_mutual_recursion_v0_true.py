# generated case (gen_cases2): rule=PY-DESERIALIZATION context=aiopost propagation=mutual_recursion sink=v0 expected=true
import base64
import pickle

from aiohttp import web

routes = web.RouteTableDef()


def ping(value, n):
    if n == 0:
        return value
    return pong(value, n - 1)


def pong(value, n):
    return ping(value, n)


@routes.post("/deser")
async def handle_deser(request):
    form = await request.post()
    param = form.get("p", "")
    bar = ping(param, 4)
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
