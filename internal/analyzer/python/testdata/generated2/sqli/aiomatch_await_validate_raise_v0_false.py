# generated case (gen_cases2): rule=PY-SQLI context=aiomatch propagation=await_validate_raise sink=v0 expected=false
import re
import sqlite3

from aiohttp import web

routes = web.RouteTableDef()


async def validate(value):
    if not re.fullmatch(r"[a-z0-9]{1,32}", value):
        raise ValueError("invalid")
    return value


@routes.get("/sqli/{p}")
async def handle_sqli(request):
    param = request.match_info["p"]
    bar = await validate(param)
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)
    result = cur.fetchall()
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
