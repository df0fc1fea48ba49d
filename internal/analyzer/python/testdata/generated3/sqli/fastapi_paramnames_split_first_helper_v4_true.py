# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=fastapi source=paramnames propagation=split_first (helper class) sink=v4 expected=true
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = param.split(" ")[0]
        return bar


@app.get("/00030")
def benchmark_test_00030(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    bar = Test().do_something(request, param)
    conn = sqlite3.connect("benchmark.db")
    conn.executescript("UPDATE users SET last_search = '" + bar + "' WHERE id = 1")  # want: PY-SQLI
    result = True
    return {"result": str(result)}
