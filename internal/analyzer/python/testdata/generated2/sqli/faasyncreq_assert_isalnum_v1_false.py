# generated case (gen_cases2): rule=PY-SQLI context=faasyncreq propagation=assert_isalnum sink=v1 expected=false
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/sqli")
async def handle_sqli(request: Request):
    param = request.query_params.get("p", "")
    assert param.isalnum()
    bar = param
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()
    return {"result": result}
