# generated case (gen_cases2): rule=PY-SQLI context=faasyncreq propagation=listofdicts_other sink=v1 expected=false
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/sqli")
async def handle_sqli(request: Request):
    param = request.query_params.get("p", "")
    rows = [{"n": "safe"}, {"n": param}]
    bar = rows[0]["n"]
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()
    return {"result": result}
