# generated case (gen_cases2): rule=PY-SQLI context=aioquery propagation=items_key_const sink=v1 expected=false
import sqlite3

from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/sqli")
async def handle_sqli(request):
    param = request.query.get("p", "")
    bar = ""
    for k, _v in {"safe": param}.items():
        bar = k
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
