# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=fastapi source=queryparams shape=while_break_taint sink=v3 expected=true
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00203")
def benchmark_test_00203(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = "safe"
    while True:
        bar = param
        break
    conn = sqlite3.connect("benchmark.db")
    conn.executescript("UPDATE users SET last_search = '" + bar + "' WHERE id = 1")  # want: PY-SQLI
    result = True
    return {"result": str(result)}
