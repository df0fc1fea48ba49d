# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=fastapi source=pathparam propagation=direct sink=safe2 expected=false
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00042/{test_id}")
def benchmark_test_00042(request: Request, test_id: str):
    param = test_id
    bar = param
    column = bar if bar in ("name", "email", "created") else "name"
    conn = sqlite3.connect("benchmark.db")
    result = conn.execute("SELECT id FROM users ORDER BY " + column).fetchall()
    return {"result": str(result)}
