# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=aioclassview propagation=direct sink=v1 expected=true
from aiohttp import web

BASE_DIR = "/srv/app/files"


class HandlePathView(web.View):
    async def get(self):
        request = self.request
        param = request.query.get("p", "")
        bar = param
        with open(BASE_DIR + "/" + bar, "rb") as fh:  # want: PY-PATH-TRAVERSAL
            result = len(fh.read())
        return web.json_response({"result": result})


app = web.Application()
app.router.add_view("/path", HandlePathView)
