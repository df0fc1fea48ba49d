# generated case (gen_cases2): rule=PY-SQLI context=faasync propagation=await_int sink=v0 expected=false
import sqlite3

from fastapi import FastAPI

app = FastAPI()


async def normalize(value):
    return str(int(value))


@app.get("/sqli")
async def handle_sqli(p: str = ""):
    param = p
    bar = await normalize(param)
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)
    result = cur.fetchall()
    return {"result": result}
