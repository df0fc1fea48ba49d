# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=fastapi source=querystring propagation=switch_char_taint (helper class) sink=v3 expected=true
import sqlite3
import urllib.parse

from fastapi import FastAPI, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        guess = "ABC"
        switch_target = guess[2]
        if switch_target == "A":
            bar = "a_Value"
        elif switch_target == "B":
            bar = "bob"
        elif switch_target == "C" or switch_target == "D":
            bar = param
        else:
            bar = "bobs_your_uncle"
        return bar


@app.get("/00018")
def benchmark_test_00018(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = Test().do_something(request, param)
    conn = sqlite3.connect("benchmark.db")
    conn.executescript("UPDATE users SET last_search = '" + bar + "' WHERE id = 1")  # want: PY-SQLI
    result = True
    return {"result": str(result)}
