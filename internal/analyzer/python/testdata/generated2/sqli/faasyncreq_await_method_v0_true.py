# generated case (gen_cases2): rule=PY-SQLI context=faasyncreq propagation=await_method sink=v0 expected=true
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()


class Loader:
    async def load(self, key):
        return key


@app.get("/sqli")
async def handle_sqli(request: Request):
    param = request.query_params.get("p", "")
    bar = await Loader().load(param)
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)  # want: PY-SQLI
    result = cur.fetchall()
    return {"result": result}
