# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aioclassview propagation=direct sink=v1 expected=true
from aiohttp import web


class HandleCodeView(web.View):
    async def get(self):
        request = self.request
        param = request.query.get("p", "")
        bar = param
        result = str(eval(bar, {"__builtins__": {}}))  # want: PY-CODE-INJECTION
        return web.json_response({"result": result})


app = web.Application()
app.router.add_view("/code", HandleCodeView)
