# generated case (gen_cases2): rule=PY-SQLI context=faasync propagation=match_const_branches sink=v0 expected=false
import sqlite3

from fastapi import FastAPI

app = FastAPI()


@app.get("/sqli")
async def handle_sqli(p: str = ""):
    param = p
    match param:
        case "a":
            bar = "first"
        case _:
            bar = "other"
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)
    result = cur.fetchall()
    return {"result": result}
