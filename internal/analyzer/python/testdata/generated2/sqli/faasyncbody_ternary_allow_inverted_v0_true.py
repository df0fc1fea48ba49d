# generated case (gen_cases2): rule=PY-SQLI context=faasyncbody propagation=ternary_allow_inverted sink=v0 expected=true
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()


ALLOWED = ("alpha", "beta", "gamma")


@app.post("/sqli")
async def handle_sqli(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = param if param not in ALLOWED else "alpha"
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)  # want: PY-SQLI
    result = cur.fetchall()
    return {"result": result}
