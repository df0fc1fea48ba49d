# generated case (gen_cases2): rule=PY-SQLI context=faasyncreq propagation=validator_weak sink=v1 expected=true
import sqlite3

from fastapi import FastAPI, HTTPException, Request

app = FastAPI()


def is_short(value):
    return len(value) < 64


@app.get("/sqli")
async def handle_sqli(request: Request):
    param = request.query_params.get("p", "")
    if not is_short(param):
        raise HTTPException(status_code=400, detail="invalid")
    bar = param
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()  # want: PY-SQLI
    return {"result": result}
