# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=fastapi source=query shape=int_try_raw_fallback sink=v1 expected=true
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00169")
def benchmark_test_00169(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    try:
        bar = str(int(param))
    except ValueError:
        bar = param
    conn = sqlite3.connect("benchmark.db")
    sql = "SELECT * FROM USERS WHERE USERNAME='%s'" % bar
    result = conn.execute(sql).fetchall()  # want: PY-SQLI
    return {"result": str(result)}
