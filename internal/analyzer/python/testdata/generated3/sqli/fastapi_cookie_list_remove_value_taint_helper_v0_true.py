# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=fastapi source=cookie propagation=list_remove_value_taint (helper class) sink=v0 expected=true
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        values_list = ["safe", param, "moresafe"]
        values_list.remove(values_list[0])
        bar = values_list[0]
        return bar


@app.get("/00012")
def benchmark_test_00012(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = Test().do_something(request, param)
    conn = sqlite3.connect("benchmark.db")
    cur = conn.cursor()
    cur.execute("SELECT * FROM USERS WHERE USERNAME='foo' and PASSWORD='" + bar + "'")  # want: PY-SQLI
    result = cur.fetchall()
    return {"result": str(result)}
