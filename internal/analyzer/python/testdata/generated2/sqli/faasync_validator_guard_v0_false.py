# generated case (gen_cases2): rule=PY-SQLI context=faasync propagation=validator_guard sink=v0 expected=false
import re
import sqlite3

from fastapi import FastAPI, HTTPException

app = FastAPI()


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


@app.get("/sqli")
async def handle_sqli(p: str = ""):
    param = p
    if not is_valid(param):
        raise HTTPException(status_code=400, detail="invalid")
    bar = param
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)
    result = cur.fetchall()
    return {"result": result}
