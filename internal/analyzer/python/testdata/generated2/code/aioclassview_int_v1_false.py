# generated case (gen_cases2): rule=PY-CODE-INJECTION context=aioclassview propagation=int sink=v1 expected=false
from aiohttp import web


class HandleCodeView(web.View):
    async def get(self):
        request = self.request
        param = request.query.get("p", "")
        bar = str(int(param))
        result = str(eval(bar, {"__builtins__": {}}))
        return web.json_response({"result": result})


app = web.Application()
app.router.add_view("/code", HandleCodeView)
