# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiomatch propagation=dataclass_kw sink=v0 expected=true
from aiohttp import web
from dataclasses import dataclass

routes = web.RouteTableDef()


@dataclass
class Query:
    term: str
    other: str = "safe"


@routes.get("/redirect/{p}")
async def handle_redirect(request):
    param = request.match_info["p"]
    q = Query(term=param)
    bar = q.term
    raise web.HTTPFound(bar)  # want: PY-OPEN-REDIRECT


app = web.Application()
app.add_routes(routes)
