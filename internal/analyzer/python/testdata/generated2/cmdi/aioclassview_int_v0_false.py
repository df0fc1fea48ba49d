# generated case (gen_cases2): rule=PY-CMDI context=aioclassview propagation=int sink=v0 expected=false
import os

from aiohttp import web


class HandleCmdiView(web.View):
    async def get(self):
        request = self.request
        param = request.query.get("p", "")
        bar = str(int(param))
        result = os.system("ping -c 1 " + bar)
        return web.json_response({"result": result})


app = web.Application()
app.router.add_view("/cmdi", HandleCmdiView)
