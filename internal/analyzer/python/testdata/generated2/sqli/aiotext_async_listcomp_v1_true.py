# generated case (gen_cases2): rule=PY-SQLI context=aiotext propagation=async_listcomp sink=v1 expected=true
import sqlite3

from aiohttp import web

routes = web.RouteTableDef()


async def chars(value):
    for c in value:
        yield c


@routes.post("/sqli")
async def handle_sqli(request):
    param = await request.text()
    bar = "".join([c async for c in chars(param)])
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()  # want: PY-SQLI
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
