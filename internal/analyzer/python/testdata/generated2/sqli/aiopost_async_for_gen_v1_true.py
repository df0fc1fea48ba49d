# generated case (gen_cases2): rule=PY-SQLI context=aiopost propagation=async_for_gen sink=v1 expected=true
import sqlite3

from aiohttp import web

routes = web.RouteTableDef()


async def agen(value):
    yield value


@routes.post("/sqli")
async def handle_sqli(request):
    form = await request.post()
    param = form.get("p", "")
    bar = ""
    async for item in agen(param):
        bar = item
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()  # want: PY-SQLI
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
