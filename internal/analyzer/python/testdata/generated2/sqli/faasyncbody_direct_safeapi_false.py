# generated case (gen_cases2): rule=PY-SQLI context=faasyncbody propagation=direct sink=safe-api expected=false
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/sqli")
async def handle_sqli(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = param
    conn = sqlite3.connect("app.db")
    result = conn.execute("SELECT name, email FROM users WHERE id = ?", (bar,)).fetchall()
    return {"result": result}
