# generated case (gen_cases2): rule=PY-SQLI context=faasyncbody propagation=match_capture sink=v0 expected=true
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/sqli")
async def handle_sqli(request: Request):
    payload = await request.json()
    param = payload["p"]
    match param:
        case str(s):
            bar = s
        case _:
            bar = "default"
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)  # want: PY-SQLI
    result = cur.fetchall()
    return {"result": result}
