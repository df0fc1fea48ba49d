# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=fastapi source=multi propagation=match_const_taint sink=v0 expected=true
import sqlite3

from fastapi import FastAPI, Query, Request
from typing import List

app = FastAPI()


@app.get("/00021")
def benchmark_test_00021(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    target = "A"
    match target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case _:
            bar = "default"
    conn = sqlite3.connect("benchmark.db")
    cur = conn.cursor()
    cur.execute("SELECT * FROM USERS WHERE USERNAME='foo' and PASSWORD='" + bar + "'")  # want: PY-SQLI
    result = cur.fetchall()
    return {"result": str(result)}
