# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aiopost propagation=helper_int sink=v0 expected=false
from aiohttp import web

routes = web.RouteTableDef()


def to_int_str(value):
    try:
        return str(int(value))
    except ValueError:
        return "0"


@routes.post("/code")
async def handle_code(request):
    form = await request.post()
    param = form.get("p", "")
    bar = to_int_str(param)
    result = str(eval(bar))
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
