# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aioclassview propagation=direct sink=v0 expected=true
from aiohttp import web


class HandleRedirectView(web.View):
    async def get(self):
        request = self.request
        param = request.query.get("p", "")
        bar = param
        raise web.HTTPFound(bar)  # want: PY-OPEN-REDIRECT


app = web.Application()
app.router.add_view("/redirect", HandleRedirectView)
