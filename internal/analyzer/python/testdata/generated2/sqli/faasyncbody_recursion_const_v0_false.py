# generated case (gen_cases2): rule=PY-SQLI context=faasyncbody propagation=recursion_const sink=v0 expected=false
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()


def unwrap(value, depth):
    if depth <= 0:
        return "safe"
    return unwrap(value, depth - 1)


@app.post("/sqli")
async def handle_sqli(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = unwrap(param, 3)
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)
    result = cur.fetchall()
    return {"result": result}
