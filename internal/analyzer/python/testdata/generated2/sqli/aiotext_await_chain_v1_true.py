# generated case (gen_cases2): rule=PY-SQLI context=aiotext propagation=await_chain sink=v1 expected=true
import sqlite3

from aiohttp import web

routes = web.RouteTableDef()


async def inner(value):
    return value


async def outer(value):
    return await inner(value)


@routes.post("/sqli")
async def handle_sqli(request):
    param = await request.text()
    bar = await outer(param)
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()  # want: PY-SQLI
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
