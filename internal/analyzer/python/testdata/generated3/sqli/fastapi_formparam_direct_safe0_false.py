# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=fastapi source=formparam propagation=direct sink=safe0 expected=false
import sqlite3

from fastapi import FastAPI, Form, Request

app = FastAPI()


@app.post("/00039")
def benchmark_test_00039(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = param
    conn = sqlite3.connect("benchmark.db")
    cur = conn.cursor()
    cur.execute("SELECT * FROM USERS WHERE USERNAME=? AND PASSWORD=?", ("foo", bar))
    result = cur.fetchall()
    return {"result": str(result)}
