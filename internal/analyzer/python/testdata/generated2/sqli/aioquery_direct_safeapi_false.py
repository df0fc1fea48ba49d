# generated case (gen_cases2): rule=PY-SQLI context=aioquery propagation=direct sink=safe-api expected=false
import sqlite3

from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/sqli")
async def handle_sqli(request):
    param = request.query.get("p", "")
    bar = param
    conn = sqlite3.connect("app.db")
    result = conn.execute("SELECT name, email FROM users WHERE id = ?", (bar,)).fetchall()
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
