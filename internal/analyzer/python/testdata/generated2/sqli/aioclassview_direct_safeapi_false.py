# generated case (gen_cases2): rule=PY-SQLI context=aioclassview propagation=direct sink=safe-api expected=false
import sqlite3

from aiohttp import web


class HandleSqliView(web.View):
    async def get(self):
        request = self.request
        param = request.query.get("p", "")
        bar = param
        conn = sqlite3.connect("app.db")
        result = conn.execute("SELECT name, email FROM users WHERE id = ?", (bar,)).fetchall()
        return web.json_response({"result": result})


app = web.Application()
app.router.add_view("/sqli", HandleSqliView)
