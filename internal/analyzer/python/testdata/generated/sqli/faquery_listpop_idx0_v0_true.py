# generated case: rule=PY-SQLI source=faquery propagation=listpop_idx0 sink=v0 expected=true
import sqlite3

from fastapi import FastAPI

app = FastAPI()


@app.get("/sqli")
def handle_sqli(p: str = ""):
    param = p
    values = ["safe", param, "moresafe"]
    values.pop(0)
    bar = values[0]
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)  # want: PY-SQLI
    result = cur.fetchall()
    return {"result": result}
