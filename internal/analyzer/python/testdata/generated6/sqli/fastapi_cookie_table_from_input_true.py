# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=fastapi source=cookie shape=table_from_input sink=specific expected=true
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00303")
def benchmark_test_00303(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    conn = sqlite3.connect("benchmark.db")
    rows = conn.execute("SELECT COUNT(*) FROM %s" % bar).fetchall()  # want: PY-SQLI
    result = rows[0][0]
    return {"result": str(result)}
