# generated case: rule=PY-SQLI source=faquery propagation=augmented_const sink=v0 expected=false
import sqlite3

from fastapi import FastAPI

app = FastAPI()


@app.get("/sqli")
def handle_sqli(p: str = ""):
    param = p
    bar = "x"
    tmp = param
    bar += "y"
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)
    result = cur.fetchall()
    return {"result": result}
