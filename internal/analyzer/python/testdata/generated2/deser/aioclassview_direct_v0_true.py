# generated case (gen_cases2): rule=PY-DESERIALIZATION context=aioclassview propagation=direct sink=v0 expected=true
import base64
import pickle

from aiohttp import web


class HandleDeserView(web.View):
    async def get(self):
        request = self.request
        param = request.query.get("p", "")
        bar = param
        obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
        result = type(obj).__name__
        return web.json_response({"result": result})


app = web.Application()
app.router.add_view("/deser", HandleDeserView)
