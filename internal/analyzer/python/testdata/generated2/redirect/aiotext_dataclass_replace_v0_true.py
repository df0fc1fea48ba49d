# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=aiotext propagation=dataclass_replace sink=v0 expected=true
import dataclasses

from aiohttp import web
from dataclasses import dataclass

routes = web.RouteTableDef()


@dataclass
class Query:
    term: str
    other: str = "safe"


@routes.post("/redirect")
async def handle_redirect(request):
    param = await request.text()
    q = Query(term="safe")
    q2 = dataclasses.replace(q, term=param)
    bar = q2.term
    raise web.HTTPFound(bar)  # want: PY-OPEN-REDIRECT


app = web.Application()
app.add_routes(routes)
