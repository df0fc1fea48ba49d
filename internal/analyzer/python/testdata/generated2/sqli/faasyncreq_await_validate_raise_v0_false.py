# generated case (gen_cases2): rule=PY-SQLI context=faasyncreq propagation=await_validate_raise sink=v0 expected=false
import re
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()


async def validate(value):
    if not re.fullmatch(r"[a-z0-9]{1,32}", value):
        raise ValueError("invalid")
    return value


@app.get("/sqli")
async def handle_sqli(request: Request):
    param = request.query_params.get("p", "")
    bar = await validate(param)
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)
    result = cur.fetchall()
    return {"result": result}
