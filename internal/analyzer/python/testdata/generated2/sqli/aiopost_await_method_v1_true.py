# generated case (gen_cases2): rule=PY-SQLI context=aiopost propagation=await_method sink=v1 expected=true
import sqlite3

from aiohttp import web

routes = web.RouteTableDef()


class Loader:
    async def load(self, key):
        return key


@routes.post("/sqli")
async def handle_sqli(request):
    form = await request.post()
    param = form.get("p", "")
    bar = await Loader().load(param)
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()  # want: PY-SQLI
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
