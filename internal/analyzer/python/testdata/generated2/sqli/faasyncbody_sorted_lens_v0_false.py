# generated case (gen_cases2): rule=PY-SQLI context=faasyncbody propagation=sorted_lens sink=v0 expected=false
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/sqli")
async def handle_sqli(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = str(sorted([len(param), 3])[0])
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)
    result = cur.fetchall()
    return {"result": result}
