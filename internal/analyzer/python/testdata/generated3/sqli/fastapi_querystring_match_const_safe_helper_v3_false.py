# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=fastapi source=querystring propagation=match_const_safe (helper class) sink=v3 expected=false
import sqlite3
import urllib.parse

from fastapi import FastAPI, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        target = "B"
        match target:
            case "A":
                bar = param
            case "B":
                bar = "bob"
            case _:
                bar = param
        return bar


@app.get("/00018")
def benchmark_test_00018(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = Test().do_something(request, param)
    conn = sqlite3.connect("benchmark.db")
    conn.executescript("UPDATE users SET last_search = '" + bar + "' WHERE id = 1")
    result = True
    return {"result": str(result)}
