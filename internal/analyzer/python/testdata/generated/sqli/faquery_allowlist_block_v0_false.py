# generated case: rule=PY-SQLI source=faquery propagation=allowlist_block sink=v0 expected=false
import sqlite3

from fastapi import FastAPI

app = FastAPI()


ALLOWED = ("alpha", "beta", "gamma")


@app.get("/sqli")
def handle_sqli(p: str = ""):
    param = p
    bar = param
    result = None
    if bar in ALLOWED:
        conn = sqlite3.connect("app.db")
        cur = conn.cursor()
        cur.execute("SELECT name, email FROM users WHERE id = " + bar)
        result = cur.fetchall()
    return {"result": result}
