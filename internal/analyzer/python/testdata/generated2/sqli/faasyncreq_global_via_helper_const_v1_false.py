# generated case (gen_cases2): rule=PY-SQLI context=faasyncreq propagation=global_via_helper_const sink=v1 expected=false
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()


LAST = ""


def remember(value):
    global LAST
    LAST = "safe"


@app.get("/sqli")
async def handle_sqli(request: Request):
    param = request.query_params.get("p", "")
    remember(param)
    bar = LAST
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()
    return {"result": result}
