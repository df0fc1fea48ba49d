# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aioaddget propagation=direct sink=safe-api expected=false
import ast

from aiohttp import web


async def handle_code(request):
    param = request.query.get("p", "")
    bar = param
    result = str(ast.literal_eval(bar))
    return web.json_response({"result": result})


app = web.Application()
app.router.add_get("/code", handle_code)
