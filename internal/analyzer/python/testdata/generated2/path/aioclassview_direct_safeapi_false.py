# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=aioclassview propagation=direct sink=safe-api expected=false
import os

from aiohttp import web

BASE_DIR = "/srv/app/files"


class HandlePathView(web.View):
    async def get(self):
        request = self.request
        param = request.query.get("p", "")
        bar = param
        with open(os.path.join(BASE_DIR, "index.txt")) as fh:
            result = bar in fh.read()
        return web.json_response({"result": result})


app = web.Application()
app.router.add_view("/path", HandlePathView)
