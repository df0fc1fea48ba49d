# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=fastapi source=queryparams shape=setdefault_new sink=v1 expected=true
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00077")
def benchmark_test_00077(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    options = {}
    options.setdefault("term", param)
    bar = options["term"]
    conn = sqlite3.connect("benchmark.db")
    sql = "SELECT * FROM USERS WHERE USERNAME='%s'" % bar
    result = conn.execute(sql).fetchall()  # want: PY-SQLI
    return {"result": str(result)}
