# generated case (gen_cases2): rule=PY-SQLI context=faasyncbody propagation=await_ident sink=v0 expected=true
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()


async def normalize(value):
    return value.strip()


@app.post("/sqli")
async def handle_sqli(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = await normalize(param)
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)  # want: PY-SQLI
    result = cur.fetchall()
    return {"result": result}
