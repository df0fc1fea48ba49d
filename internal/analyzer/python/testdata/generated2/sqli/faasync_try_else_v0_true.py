# generated case (gen_cases2): rule=PY-SQLI context=faasync propagation=try_else sink=v0 expected=true
import sqlite3

from fastapi import FastAPI

app = FastAPI()


@app.get("/sqli")
async def handle_sqli(p: str = ""):
    param = p
    try:
        n = len(param)
    except TypeError:
        n = 0
    else:
        n = param
    bar = str(n)
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)  # want: PY-SQLI
    result = cur.fetchall()
    return {"result": result}
