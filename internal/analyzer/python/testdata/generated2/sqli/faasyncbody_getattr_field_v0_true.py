# generated case (gen_cases2): rule=PY-SQLI context=faasyncbody propagation=getattr_field sink=v0 expected=true
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()


class Box:
    pass


@app.post("/sqli")
async def handle_sqli(request: Request):
    payload = await request.json()
    param = payload["p"]
    box = Box()
    box.field = param
    box.other = "safe"
    bar = getattr(box, "field")
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)  # want: PY-SQLI
    result = cur.fetchall()
    return {"result": result}
