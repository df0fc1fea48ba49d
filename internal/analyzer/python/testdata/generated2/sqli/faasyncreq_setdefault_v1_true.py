# generated case (gen_cases2): rule=PY-SQLI context=faasyncreq propagation=setdefault sink=v1 expected=true
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/sqli")
async def handle_sqli(request: Request):
    param = request.query_params.get("p", "")
    m = {}
    m.setdefault("k", param)
    bar = m["k"]
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()  # want: PY-SQLI
    return {"result": result}
