# generated case (gen_cases2): rule=PY-SQLI context=aioquery propagation=int sink=v0 expected=false
import sqlite3

from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/sqli")
async def handle_sqli(request):
    param = request.query.get("p", "")
    bar = str(int(param))
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)
    result = cur.fetchall()
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
