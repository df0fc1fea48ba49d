# generated case (gen_cases2): rule=PY-SQLI context=aiopost propagation=super_init sink=v0 expected=true
import sqlite3

from aiohttp import web

routes = web.RouteTableDef()


class Base:
    def __init__(self, value):
        self.value = value


class Child(Base):
    def __init__(self, value):
        super().__init__(value)
        self.kind = "child"


@routes.post("/sqli")
async def handle_sqli(request):
    form = await request.post()
    param = form.get("p", "")
    bar = Child(param).value
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)  # want: PY-SQLI
    result = cur.fetchall()
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
