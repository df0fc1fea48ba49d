# generated case (gen_cases2): rule=PY-SQLI context=faasync propagation=await_chain sink=v0 expected=true
import sqlite3

from fastapi import FastAPI

app = FastAPI()


async def inner(value):
    return value


async def outer(value):
    return await inner(value)


@app.get("/sqli")
async def handle_sqli(p: str = ""):
    param = p
    bar = await outer(param)
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)  # want: PY-SQLI
    result = cur.fetchall()
    return {"result": result}
