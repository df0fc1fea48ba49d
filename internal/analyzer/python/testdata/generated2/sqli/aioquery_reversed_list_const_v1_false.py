# generated case (gen_cases2): rule=PY-SQLI context=aioquery propagation=reversed_list_const sink=v1 expected=false
import sqlite3

from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/sqli")
async def handle_sqli(request):
    param = request.query.get("p", "")
    bar = list(reversed(["safe", param]))[1]
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
