# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=fastapi source=headerparam propagation=split_first (helper class) sink=v3 expected=true
import sqlite3

from fastapi import FastAPI, Header, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = param.split(" ")[0]
        return bar


@app.get("/00027")
def benchmark_test_00027(request: Request, referer: str = Header("")):
    param = referer
    bar = Test().do_something(request, param)
    conn = sqlite3.connect("benchmark.db")
    conn.executescript("UPDATE users SET last_search = '" + bar + "' WHERE id = 1")  # want: PY-SQLI
    result = True
    return {"result": str(result)}
