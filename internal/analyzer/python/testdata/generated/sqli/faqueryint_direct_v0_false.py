# generated case: rule=PY-SQLI source=faqueryint propagation=direct sink=v0 expected=false
import sqlite3

from fastapi import FastAPI

app = FastAPI()


@app.get("/sqli")
def handle_sqli(p: int = 0):
    param = str(p)
    bar = param
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)
    result = cur.fetchall()
    return {"result": result}
