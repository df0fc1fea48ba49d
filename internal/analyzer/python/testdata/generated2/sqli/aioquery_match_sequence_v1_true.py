# generated case (gen_cases2): rule=PY-SQLI context=aioquery propagation=match_sequence sink=v1 expected=true
import sqlite3

from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/sqli")
async def handle_sqli(request):
    param = request.query.get("p", "")
    match param.split(",", 1):
        case [head, *_]:
            bar = head
        case _:
            bar = "default"
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()  # want: PY-SQLI
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
