# generated case: rule=PY-SQLI source=faquery propagation=listslice_tail sink=v0 expected=false
import sqlite3

from fastapi import FastAPI

app = FastAPI()


@app.get("/sqli")
def handle_sqli(p: str = ""):
    param = p
    values = [param, "safe", "moresafe"]
    bar = values[1:][0]
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)
    result = cur.fetchall()
    return {"result": result}
