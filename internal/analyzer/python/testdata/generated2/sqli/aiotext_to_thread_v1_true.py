# generated case (gen_cases2): rule=PY-SQLI context=aiotext propagation=to_thread sink=v1 expected=true
import asyncio
import sqlite3

from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/sqli")
async def handle_sqli(request):
    param = await request.text()
    bar = await asyncio.to_thread(str.strip, param)
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()  # want: PY-SQLI
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
