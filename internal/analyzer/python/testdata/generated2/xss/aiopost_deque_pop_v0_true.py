# generated case (gen_cases2): rule=PY-XSS context=aiopost propagation=deque_pop sink=v0 expected=true
import collections

from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/xss")
async def handle_xss(request):
    form = await request.post()
    param = form.get("p", "")
    dq = collections.deque(["safe"])
    dq.append(param)
    bar = dq.pop()
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")  # want: PY-XSS


app = web.Application()
app.add_routes(routes)
