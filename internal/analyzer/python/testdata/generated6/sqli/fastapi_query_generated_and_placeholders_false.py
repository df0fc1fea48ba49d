# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=fastapi source=query shape=generated_and_placeholders sink=specific expected=false
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()
FILTER_COLS = ("name", "nickname")


@app.get("/00477")
def benchmark_test_00477(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = param
    conn = sqlite3.connect("benchmark.db")
    sql = "SELECT id FROM users WHERE " + " AND ".join(f"{c} = ?" for c in FILTER_COLS)
    rows = conn.execute(sql, [bar] * len(FILTER_COLS)).fetchall()
    result = len(rows)
    return {"result": str(result)}
