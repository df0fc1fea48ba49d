# generated case: rule=PY-SQLI source=fapath propagation=listpop_idx1 sink=v1 expected=false
import sqlite3

from fastapi import FastAPI

app = FastAPI()


@app.get("/sqli/{p}")
def handle_sqli(p: str):
    param = p
    values = ["safe", param, "moresafe"]
    values.pop(0)
    bar = values[1]
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()
    return {"result": result}
