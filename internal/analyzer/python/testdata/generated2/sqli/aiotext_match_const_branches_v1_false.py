# generated case (gen_cases2): rule=PY-SQLI context=aiotext propagation=match_const_branches sink=v1 expected=false
import sqlite3

from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/sqli")
async def handle_sqli(request):
    param = await request.text()
    match param:
        case "a":
            bar = "first"
        case _:
            bar = "other"
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
