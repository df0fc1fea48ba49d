# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=fastapi source=query propagation=ternary_fold_taint sink=v1 expected=true
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00003")
def benchmark_test_00003(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    num = 106
    bar = param if (7 * 18) + num > 200 else "This_should_never_happen"
    conn = sqlite3.connect("benchmark.db")
    sql = "SELECT * FROM USERS WHERE USERNAME='%s'" % bar
    result = conn.execute(sql).fetchall()  # want: PY-SQLI
    return {"result": str(result)}
