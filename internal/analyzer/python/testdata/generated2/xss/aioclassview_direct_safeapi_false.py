# generated case (gen_cases2): rule=PY-XSS context=aioclassview propagation=direct sink=safe-api expected=false
from aiohttp import web


class HandleXssView(web.View):
    async def get(self):
        request = self.request
        param = request.query.get("p", "")
        bar = param
        return web.json_response({"hello": bar})


app = web.Application()
app.router.add_view("/xss", HandleXssView)
