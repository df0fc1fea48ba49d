# generated case: rule=PY-SQLI source=fapath propagation=forloop_chars sink=v1 expected=true
import sqlite3

from fastapi import FastAPI

app = FastAPI()


@app.get("/sqli/{p}")
def handle_sqli(p: str):
    param = p
    bar = ""
    for c in param:
        bar += c
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()  # want: PY-SQLI
    return {"result": result}
