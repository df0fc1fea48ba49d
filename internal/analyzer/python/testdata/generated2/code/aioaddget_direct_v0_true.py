# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aioaddget propagation=direct sink=v0 expected=true
from aiohttp import web


async def handle_code(request):
    param = request.query.get("p", "")
    bar = param
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return web.json_response({"result": result})


app = web.Application()
app.router.add_get("/code", handle_code)
