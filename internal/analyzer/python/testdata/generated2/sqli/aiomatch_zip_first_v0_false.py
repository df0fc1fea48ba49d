# generated case (gen_cases2): rule=PY-SQLI context=aiomatch propagation=zip_first sink=v0 expected=false
import sqlite3

from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/sqli/{p}")
async def handle_sqli(request):
    param = request.match_info["p"]
    bar = ""
    for a, _b in zip(["safe"], [param]):
        bar = a
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)
    result = cur.fetchall()
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
