# generated case: rule=PY-SQLI source=faquery propagation=direct sink=executescript expected=true
import sqlite3

from fastapi import FastAPI

app = FastAPI()


@app.get("/sqli")
def handle_sqli(p: str = ""):
    param = p
    bar = param
    conn = sqlite3.connect("app.db")
    conn.executescript("UPDATE users SET seen = 1 WHERE name = '" + bar + "';")  # want: PY-SQLI
    result = True
    return {"result": result}
