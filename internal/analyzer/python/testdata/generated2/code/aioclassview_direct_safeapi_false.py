# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aioclassview propagation=direct sink=safe-api expected=false
import ast

from aiohttp import web


class HandleCodeView(web.View):
    async def get(self):
        request = self.request
        param = request.query.get("p", "")
        bar = param
        result = str(ast.literal_eval(bar))
        return web.json_response({"result": result})


app = web.Application()
app.router.add_view("/code", HandleCodeView)
