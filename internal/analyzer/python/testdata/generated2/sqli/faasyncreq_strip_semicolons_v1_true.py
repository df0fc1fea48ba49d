# generated case (gen_cases2): rule=PY-SQLI context=faasyncreq propagation=strip_semicolons sink=v1 expected=true
import re
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/sqli")
async def handle_sqli(request: Request):
    param = request.query_params.get("p", "")
    bar = re.sub(r"[;&|]", "", param)
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()  # want: PY-SQLI
    return {"result": result}
