# generated case (gen_cases2): rule=PY-SQLI context=aiomatch propagation=mutual_recursion sink=v0 expected=true
import sqlite3

from aiohttp import web

routes = web.RouteTableDef()


def ping(value, n):
    if n == 0:
        return value
    return pong(value, n - 1)


def pong(value, n):
    return ping(value, n)


@routes.get("/sqli/{p}")
async def handle_sqli(request):
    param = request.match_info["p"]
    bar = ping(param, 4)
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)  # want: PY-SQLI
    result = cur.fetchall()
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
