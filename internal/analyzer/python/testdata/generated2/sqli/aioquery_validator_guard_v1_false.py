# generated case (gen_cases2): rule=PY-SQLI context=aioquery propagation=validator_guard sink=v1 expected=false
import re
import sqlite3

from aiohttp import web

routes = web.RouteTableDef()


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


@routes.get("/sqli")
async def handle_sqli(request):
    param = request.query.get("p", "")
    if not is_valid(param):
        raise web.HTTPBadRequest()
    bar = param
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
