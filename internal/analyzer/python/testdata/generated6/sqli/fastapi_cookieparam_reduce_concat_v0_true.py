# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=fastapi source=cookieparam shape=reduce_concat sink=v0 expected=true
import functools
import sqlite3

from fastapi import FastAPI, Cookie, Request

app = FastAPI()


@app.get("/00239")
def benchmark_test_00239(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = functools.reduce(lambda acc, s: acc + s, ["a-", param], "")
    conn = sqlite3.connect("benchmark.db")
    cur = conn.cursor()
    cur.execute("SELECT * FROM USERS WHERE USERNAME='foo' and PASSWORD='" + bar + "'")  # want: PY-SQLI
    result = cur.fetchall()
    return {"result": str(result)}
