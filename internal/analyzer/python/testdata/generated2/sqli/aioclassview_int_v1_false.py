# generated case (gen_cases2): rule=PY-SQLI context=aioclassview propagation=int sink=v1 expected=false
import sqlite3

from aiohttp import web


class HandleSqliView(web.View):
    async def get(self):
        request = self.request
        param = request.query.get("p", "")
        bar = str(int(param))
        conn = sqlite3.connect("app.db")
        result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()
        return web.json_response({"result": result})


app = web.Application()
app.router.add_view("/sqli", HandleSqliView)
