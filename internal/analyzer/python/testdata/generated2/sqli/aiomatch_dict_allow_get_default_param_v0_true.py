# generated case (gen_cases2): rule=PY-SQLI context=aiomatch propagation=dict_allow_get_default_param sink=v0 expected=true
import sqlite3

from aiohttp import web

routes = web.RouteTableDef()


ALLOWED = {"alpha": "alpha", "beta": "beta", "gamma": "gamma"}


@routes.get("/sqli/{p}")
async def handle_sqli(request):
    param = request.match_info["p"]
    bar = ALLOWED.get("zeta", param)
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)  # want: PY-SQLI
    result = cur.fetchall()
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
