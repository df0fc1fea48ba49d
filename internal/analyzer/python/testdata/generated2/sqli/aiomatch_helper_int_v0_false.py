# generated case (gen_cases2): rule=PY-SQLI context=aiomatch propagation=helper_int sink=v0 expected=false
import sqlite3

from aiohttp import web

routes = web.RouteTableDef()


def to_int_str(value):
    try:
        return str(int(value))
    except ValueError:
        return "0"


@routes.get("/sqli/{p}")
async def handle_sqli(request):
    param = request.match_info["p"]
    bar = to_int_str(param)
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)
    result = cur.fetchall()
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
