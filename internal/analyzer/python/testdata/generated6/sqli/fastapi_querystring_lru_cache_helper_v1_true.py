# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=fastapi source=querystring shape=lru_cache_helper sink=v1 expected=true
import functools
import sqlite3
import urllib.parse

from fastapi import FastAPI, Request

app = FastAPI()


@functools.lru_cache(maxsize=64)
def normalized(value):
    return value.strip()


@app.get("/00079")
def benchmark_test_00079(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = normalized(param)
    conn = sqlite3.connect("benchmark.db")
    sql = "SELECT * FROM USERS WHERE USERNAME='%s'" % bar
    result = conn.execute(sql).fetchall()  # want: PY-SQLI
    return {"result": str(result)}
