# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=fastapi source=query propagation=direct sink=safe2 expected=false
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00041")
def benchmark_test_00041(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = param
    column = bar if bar in ("name", "email", "created") else "name"
    conn = sqlite3.connect("benchmark.db")
    result = conn.execute("SELECT id FROM users ORDER BY " + column).fetchall()
    return {"result": str(result)}
