# generated case (gen_cases2): rule=PY-XSS context=aiomatch propagation=dataclass_default sink=v0 expected=false
from aiohttp import web
from dataclasses import dataclass

routes = web.RouteTableDef()


@dataclass
class Query:
    term: str
    other: str = "safe"


@routes.get("/xss/{p}")
async def handle_xss(request):
    param = request.match_info["p"]
    q = Query(term=param)
    bar = q.other
    return web.Response(text="<p>Hello " + bar + "</p>", content_type="text/html")


app = web.Application()
app.add_routes(routes)
