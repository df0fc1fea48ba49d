# generated case (gen_cases2): rule=PY-SQLI context=aioquery propagation=await_gather sink=v1 expected=true
import asyncio
import sqlite3

from aiohttp import web

routes = web.RouteTableDef()


async def normalize(value):
    return value.strip()


@routes.get("/sqli")
async def handle_sqli(request):
    param = request.query.get("p", "")
    parts = await asyncio.gather(normalize(param), normalize("safe"))
    bar = parts[0]
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()  # want: PY-SQLI
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
