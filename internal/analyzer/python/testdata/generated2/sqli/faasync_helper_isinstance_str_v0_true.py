# generated case (gen_cases2): rule=PY-SQLI context=faasync propagation=helper_isinstance_str sink=v0 expected=true
import sqlite3

from fastapi import FastAPI

app = FastAPI()


def coerce(value):
    if isinstance(value, str):
        return value
    return "0"


@app.get("/sqli")
async def handle_sqli(p: str = ""):
    param = p
    bar = coerce(param)
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)  # want: PY-SQLI
    result = cur.fetchall()
    return {"result": result}
