# generated case (gen_cases2): rule=PY-SQLI context=aiopost propagation=closure_lambda sink=v0 expected=true
import sqlite3

from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/sqli")
async def handle_sqli(request):
    form = await request.post()
    param = form.get("p", "")
    get = lambda: param
    bar = get()
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)  # want: PY-SQLI
    result = cur.fetchall()
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
