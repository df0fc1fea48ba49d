# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aioclassview propagation=int sink=v0 expected=false
from aiohttp import web


class HandleRedirectView(web.View):
    async def get(self):
        request = self.request
        param = request.query.get("p", "")
        bar = str(int(param))
        raise web.HTTPFound(bar)


app = web.Application()
app.router.add_view("/redirect", HandleRedirectView)
