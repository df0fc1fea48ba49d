# generated case (gen_cases2): rule=PY-SQLI context=faasync propagation=helper_int sink=v0 expected=false
import sqlite3

from fastapi import FastAPI

app = FastAPI()


def to_int_str(value):
    try:
        return str(int(value))
    except ValueError:
        return "0"


@app.get("/sqli")
async def handle_sqli(p: str = ""):
    param = p
    bar = to_int_str(param)
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)
    result = cur.fetchall()
    return {"result": result}
