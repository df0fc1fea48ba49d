# generated case (gen_cases2): rule=PY-SQLI context=faasyncreq propagation=validator_wrong_var sink=v1 expected=true
import re
import sqlite3

from fastapi import FastAPI, HTTPException, Request

app = FastAPI()


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


@app.get("/sqli")
async def handle_sqli(request: Request):
    param = request.query_params.get("p", "")
    other = "alpha"
    if not is_valid(other):
        raise HTTPException(status_code=400, detail="invalid")
    bar = param
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()  # want: PY-SQLI
    return {"result": result}
