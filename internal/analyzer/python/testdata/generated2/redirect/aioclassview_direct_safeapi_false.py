# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aioclassview propagation=direct sink=safe-api expected=false
from aiohttp import web


class HandleRedirectView(web.View):
    async def get(self):
        request = self.request
        param = request.query.get("p", "")
        bar = param
        raise web.HTTPFound("/dashboard")


app = web.Application()
app.router.add_view("/redirect", HandleRedirectView)
