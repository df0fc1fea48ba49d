# generated case: rule=PY-SQLI source=faquery propagation=unquote sink=v0 expected=true
import sqlite3
import urllib.parse

from fastapi import FastAPI

app = FastAPI()


@app.get("/sqli")
def handle_sqli(p: str = ""):
    param = p
    bar = urllib.parse.unquote(param)
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)  # want: PY-SQLI
    result = cur.fetchall()
    return {"result": result}
