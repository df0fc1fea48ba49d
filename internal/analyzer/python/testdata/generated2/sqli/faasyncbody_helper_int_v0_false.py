# generated case (gen_cases2): rule=PY-SQLI context=faasyncbody propagation=helper_int sink=v0 expected=false
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()


def to_int_str(value):
    try:
        return str(int(value))
    except ValueError:
        return "0"


@app.post("/sqli")
async def handle_sqli(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = to_int_str(param)
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)
    result = cur.fetchall()
    return {"result": result}
