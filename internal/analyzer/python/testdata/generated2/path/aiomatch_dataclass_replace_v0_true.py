# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=aiomatch propagation=dataclass_replace sink=v0 expected=true
import dataclasses
import os

from aiohttp import web
from dataclasses import dataclass

routes = web.RouteTableDef()
BASE_DIR = "/srv/app/files"


@dataclass
class Query:
    term: str
    other: str = "safe"


@routes.get("/path/{p}")
async def handle_path(request):
    param = request.match_info["p"]
    q = Query(term="safe")
    q2 = dataclasses.replace(q, term=param)
    bar = q2.term
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
