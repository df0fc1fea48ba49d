# generated case (gen_cases2): rule=PY-SQLI context=aiopost propagation=await_gather_other sink=v1 expected=false
import asyncio
import sqlite3

from aiohttp import web

routes = web.RouteTableDef()


async def normalize(value):
    return value.strip()


@routes.post("/sqli")
async def handle_sqli(request):
    form = await request.post()
    param = form.get("p", "")
    parts = await asyncio.gather(normalize(param), normalize("safe"))
    bar = parts[1]
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
