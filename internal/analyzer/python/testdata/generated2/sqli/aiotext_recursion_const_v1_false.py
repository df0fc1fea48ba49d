# generated case (gen_cases2): rule=PY-SQLI context=aiotext propagation=recursion_const sink=v1 expected=false
import sqlite3

from aiohttp import web

routes = web.RouteTableDef()


def unwrap(value, depth):
    if depth <= 0:
        return "safe"
    return unwrap(value, depth - 1)


@routes.post("/sqli")
async def handle_sqli(request):
    param = await request.text()
    bar = unwrap(param, 3)
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
