# generated case (gen_cases2): rule=PY-SQLI context=aiotext propagation=await_const sink=v1 expected=false
import sqlite3

from aiohttp import web

routes = web.RouteTableDef()


async def normalize(value):
    return "safe"


@routes.post("/sqli")
async def handle_sqli(request):
    param = await request.text()
    bar = await normalize(param)
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
