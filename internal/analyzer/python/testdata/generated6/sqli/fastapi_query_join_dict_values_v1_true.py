# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=fastapi source=query shape=join_dict_values sink=v1 expected=true
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00212")
def benchmark_test_00212(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = ",".join({"x": param}.values())
    conn = sqlite3.connect("benchmark.db")
    sql = "SELECT * FROM USERS WHERE USERNAME='%s'" % bar
    result = conn.execute(sql).fetchall()  # want: PY-SQLI
    return {"result": str(result)}
