# generated case (gen_cases2): rule=PY-SQLI context=aiopost propagation=dataclass_pos sink=v0 expected=true
import sqlite3

from aiohttp import web
from dataclasses import dataclass

routes = web.RouteTableDef()


@dataclass
class Query:
    term: str
    other: str = "safe"


@routes.post("/sqli")
async def handle_sqli(request):
    form = await request.post()
    param = form.get("p", "")
    q = Query(param)
    bar = q.term
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)  # want: PY-SQLI
    result = cur.fetchall()
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
