# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=fastapi source=multi propagation=stringio (helper class) sink=v0 expected=true
import io
import sqlite3

from fastapi import FastAPI, Query, Request
from typing import List

app = FastAPI()


class Test:
    def do_something(self, request, param):
        buf = io.StringIO()
        buf.write(param)
        bar = buf.getvalue()
        return bar


@app.get("/00021")
def benchmark_test_00021(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = Test().do_something(request, param)
    conn = sqlite3.connect("benchmark.db")
    cur = conn.cursor()
    cur.execute("SELECT * FROM USERS WHERE USERNAME='foo' and PASSWORD='" + bar + "'")  # want: PY-SQLI
    result = cur.fetchall()
    return {"result": str(result)}
