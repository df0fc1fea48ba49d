# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=fastapi source=cookie propagation=direct sink=safe2 expected=false
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00044")
def benchmark_test_00044(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    column = bar if bar in ("name", "email", "created") else "name"
    conn = sqlite3.connect("benchmark.db")
    result = conn.execute("SELECT id FROM users ORDER BY " + column).fetchall()
    return {"result": str(result)}
