# generated case (gen_cases2): rule=PY-SQLI context=faasync propagation=direct sink=safe-api expected=false
import sqlite3

from fastapi import FastAPI

app = FastAPI()


@app.get("/sqli")
async def handle_sqli(p: str = ""):
    param = p
    bar = param
    conn = sqlite3.connect("app.db")
    result = conn.execute("SELECT name, email FROM users WHERE id = ?", (bar,)).fetchall()
    return {"result": result}
