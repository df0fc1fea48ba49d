# generated case (gen_cases2): rule=PY-SQLI context=faasync propagation=helper_isinstance sink=v0 expected=false
import sqlite3

from fastapi import FastAPI

app = FastAPI()


def coerce(value):
    if isinstance(value, int):
        return str(value)
    return "0"


@app.get("/sqli")
async def handle_sqli(p: str = ""):
    param = p
    bar = coerce(param)
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)
    result = cur.fetchall()
    return {"result": result}
