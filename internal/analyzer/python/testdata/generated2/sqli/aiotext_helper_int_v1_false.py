# generated case (gen_cases2): rule=PY-SQLI context=aiotext propagation=helper_int sink=v1 expected=false
import sqlite3

from aiohttp import web

routes = web.RouteTableDef()


def to_int_str(value):
    try:
        return str(int(value))
    except ValueError:
        return "0"


@routes.post("/sqli")
async def handle_sqli(request):
    param = await request.text()
    bar = to_int_str(param)
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
