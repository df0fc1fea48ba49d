# generated case: rule=PY-SQLI source=fapath propagation=dict_pop_keyA sink=v1 expected=false
import sqlite3

from fastapi import FastAPI

app = FastAPI()


@app.get("/sqli/{p}")
def handle_sqli(p: str):
    param = p
    m = {"keyA": "a_Value", "keyB": param}
    bar = m.pop("keyA")
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()
    return {"result": result}
