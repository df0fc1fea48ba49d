# generated case (gen_cases2): rule=PY-SQLI context=aiotext propagation=ordereddict_other sink=v1 expected=false
import sqlite3

from aiohttp import web
from collections import OrderedDict

routes = web.RouteTableDef()


@routes.post("/sqli")
async def handle_sqli(request):
    param = await request.text()
    od = OrderedDict([("a", "safe"), ("b", param)])
    bar = od["a"]
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
