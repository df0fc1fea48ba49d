# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=fastapi source=headerparam propagation=thing_factory sink=v3 expected=true
import sqlite3

from fastapi import FastAPI, Header, Request

app = FastAPI()


class Thing:
    def do_something(self, value):
        return value


def make_thing():
    return Thing()


@app.get("/00027")
def benchmark_test_00027(request: Request, referer: str = Header("")):
    param = referer
    thing = make_thing()
    bar = thing.do_something(param)
    conn = sqlite3.connect("benchmark.db")
    conn.executescript("UPDATE users SET last_search = '" + bar + "' WHERE id = 1")  # want: PY-SQLI
    result = True
    return {"result": str(result)}
