# generated case (gen_cases2): rule=PY-SQLI context=aiotext propagation=mutual_recursion sink=v1 expected=true
import sqlite3

from aiohttp import web

routes = web.RouteTableDef()


def ping(value, n):
    if n == 0:
        return value
    return pong(value, n - 1)


def pong(value, n):
    return ping(value, n)


@routes.post("/sqli")
async def handle_sqli(request):
    param = await request.text()
    bar = ping(param, 4)
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()  # want: PY-SQLI
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
