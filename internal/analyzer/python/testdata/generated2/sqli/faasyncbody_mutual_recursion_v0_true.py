# generated case (gen_cases2): rule=PY-SQLI context=faasyncbody propagation=mutual_recursion sink=v0 expected=true
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()


def ping(value, n):
    if n == 0:
        return value
    return pong(value, n - 1)


def pong(value, n):
    return ping(value, n)


@app.post("/sqli")
async def handle_sqli(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = ping(param, 4)
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)  # want: PY-SQLI
    result = cur.fetchall()
    return {"result": result}
