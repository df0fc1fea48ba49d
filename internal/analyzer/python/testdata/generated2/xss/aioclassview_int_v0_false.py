# generated case (gen_cases2): rule=PY-XSS context=aioclassview propagation=int sink=v0 expected=false
from aiohttp import web


class HandleXssView(web.View):
    async def get(self):
        request = self.request
        param = request.query.get("p", "")
        bar = str(int(param))
        return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")


app = web.Application()
app.router.add_view("/xss", HandleXssView)
