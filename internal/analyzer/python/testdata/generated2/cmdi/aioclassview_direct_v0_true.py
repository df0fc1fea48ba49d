# generated case (gen_cases2): rule=PY-CMDI context=aioclassview propagation=direct sink=v0 expected=true
import os

from aiohttp import web


class HandleCmdiView(web.View):
    async def get(self):
        request = self.request
        param = request.query.get("p", "")
        bar = param
        result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
        return web.json_response({"result": result})


app = web.Application()
app.router.add_view("/cmdi", HandleCmdiView)
