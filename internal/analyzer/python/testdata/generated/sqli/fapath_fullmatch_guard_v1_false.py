# generated case: rule=PY-SQLI source=fapath propagation=fullmatch_guard sink=v1 expected=false
import re
import sqlite3

from fastapi import FastAPI, HTTPException

app = FastAPI()


@app.get("/sqli/{p}")
def handle_sqli(p: str):
    param = p
    bar = param
    if not re.fullmatch(r"[a-z0-9]+", bar):
        raise HTTPException(status_code=400, detail="invalid")
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()
    return {"result": result}
