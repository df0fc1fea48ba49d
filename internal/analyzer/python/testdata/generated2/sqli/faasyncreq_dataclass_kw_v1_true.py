# generated case (gen_cases2): rule=PY-SQLI context=faasyncreq propagation=dataclass_kw sink=v1 expected=true
import sqlite3

from dataclasses import dataclass
from fastapi import FastAPI, Request

app = FastAPI()


@dataclass
class Query:
    term: str
    other: str = "safe"


@app.get("/sqli")
async def handle_sqli(request: Request):
    param = request.query_params.get("p", "")
    q = Query(term=param)
    bar = q.term
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()  # want: PY-SQLI
    return {"result": result}
