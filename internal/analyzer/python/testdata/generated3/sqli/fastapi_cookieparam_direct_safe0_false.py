# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=fastapi source=cookieparam propagation=direct sink=safe0 expected=false
import sqlite3

from fastapi import FastAPI, Cookie, Request

app = FastAPI()


@app.get("/00040")
def benchmark_test_00040(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = param
    conn = sqlite3.connect("benchmark.db")
    cur = conn.cursor()
    cur.execute("SELECT * FROM USERS WHERE USERNAME=? AND PASSWORD=?", ("foo", bar))
    result = cur.fetchall()
    return {"result": str(result)}
