# generated case (gen_cases2): rule=PY-SQLI context=aiopost propagation=setdefault sink=v0 expected=true
import sqlite3

from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/sqli")
async def handle_sqli(request):
    form = await request.post()
    param = form.get("p", "")
    m = {}
    m.setdefault("k", param)
    bar = m["k"]
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)  # want: PY-SQLI
    result = cur.fetchall()
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
