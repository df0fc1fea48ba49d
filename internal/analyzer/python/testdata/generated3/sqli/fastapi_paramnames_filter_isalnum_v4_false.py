# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=fastapi source=paramnames propagation=filter_isalnum sink=v4 expected=false
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00030")
def benchmark_test_00030(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    bar = "".join(filter(str.isalnum, param))
    conn = sqlite3.connect("benchmark.db")
    conn.executescript("UPDATE users SET last_search = '" + bar + "' WHERE id = 1")
    result = True
    return {"result": str(result)}
