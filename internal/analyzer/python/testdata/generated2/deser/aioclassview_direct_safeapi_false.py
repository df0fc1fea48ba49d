# generated case (gen_cases2): rule=PY-DESERIALIZATION context=aioclassview propagation=direct sink=safe-api expected=false
import json

from aiohttp import web


class HandleDeserView(web.View):
    async def get(self):
        request = self.request
        param = request.query.get("p", "")
        bar = param
        obj = json.loads(bar)
        result = type(obj).__name__
        return web.json_response({"result": result})


app = web.Application()
app.router.add_view("/deser", HandleDeserView)
