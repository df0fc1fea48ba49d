# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=fastapi source=formparam propagation=filter_isalnum sink=v1 expected=false
import sqlite3

from fastapi import FastAPI, Form, Request

app = FastAPI()


@app.post("/00033")
def benchmark_test_00033(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = "".join(filter(str.isalnum, param))
    conn = sqlite3.connect("benchmark.db")
    sql = "SELECT * FROM USERS WHERE USERNAME='%s'" % bar
    result = conn.execute(sql).fetchall()
    return {"result": str(result)}
