# generated case (gen_cases2): rule=PY-SQLI context=faasyncreq propagation=inherited_init sink=v1 expected=true
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()


class Base:
    def __init__(self, value):
        self.value = value


class Child(Base):
    pass


@app.get("/sqli")
async def handle_sqli(request: Request):
    param = request.query_params.get("p", "")
    bar = Child(param).value
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()  # want: PY-SQLI
    return {"result": result}
