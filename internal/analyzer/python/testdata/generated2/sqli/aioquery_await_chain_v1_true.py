# generated case (gen_cases2): rule=PY-SQLI context=aioquery propagation=await_chain sink=v1 expected=true
import sqlite3

from aiohttp import web

routes = web.RouteTableDef()


async def inner(value):
    return value


async def outer(value):
    return await inner(value)


@routes.get("/sqli")
async def handle_sqli(request):
    param = request.query.get("p", "")
    bar = await outer(param)
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()  # want: PY-SQLI
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
