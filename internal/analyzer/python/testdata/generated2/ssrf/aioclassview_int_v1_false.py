# generated case (gen_cases2): rule=PY-SSRF context=aioclassview propagation=int sink=v1 expected=false
import requests

from aiohttp import web

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class HandleSsrfView(web.View):
    async def get(self):
        request = self.request
        param = request.query.get("p", "")
        bar = str(int(param))
        resp = requests.post(bar, json={"event": "ping"}, proxies=PROXIES, timeout=5)
        result = resp.status_code
        return web.json_response({"result": result})


app = web.Application()
app.router.add_view("/ssrf", HandleSsrfView)
