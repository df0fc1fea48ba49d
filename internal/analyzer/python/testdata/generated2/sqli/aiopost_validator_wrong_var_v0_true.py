# generated case (gen_cases2): rule=PY-SQLI context=aiopost propagation=validator_wrong_var sink=v0 expected=true
import re
import sqlite3

from aiohttp import web

routes = web.RouteTableDef()


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


@routes.post("/sqli")
async def handle_sqli(request):
    form = await request.post()
    param = form.get("p", "")
    other = "alpha"
    if not is_valid(other):
        raise web.HTTPBadRequest()
    bar = param
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)  # want: PY-SQLI
    result = cur.fetchall()
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
