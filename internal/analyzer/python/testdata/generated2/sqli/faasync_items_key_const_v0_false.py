# generated case (gen_cases2): rule=PY-SQLI context=faasync propagation=items_key_const sink=v0 expected=false
import sqlite3

from fastapi import FastAPI

app = FastAPI()


@app.get("/sqli")
async def handle_sqli(p: str = ""):
    param = p
    bar = ""
    for k, _v in {"safe": param}.items():
        bar = k
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)
    result = cur.fetchall()
    return {"result": result}
