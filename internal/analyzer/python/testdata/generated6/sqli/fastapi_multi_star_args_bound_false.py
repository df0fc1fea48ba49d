# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=fastapi source=multi shape=star_args_bound sink=specific expected=false
import sqlite3

from fastapi import FastAPI, Query, Request
from typing import List

app = FastAPI()


def build_query(term):
    return "SELECT id FROM users WHERE name = ?", (term,)


def build_query_raw(term):
    return "SELECT id FROM users WHERE name = '" + term + "'", ()


@app.get("/00306")
def benchmark_test_00306(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = param
    conn = sqlite3.connect("benchmark.db")
    rows = conn.execute(*build_query(bar)).fetchall()
    result = len(rows)
    return {"result": str(result)}
