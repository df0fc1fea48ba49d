# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=fastapi source=headerparam propagation=allowlist_ternary sink=v3 expected=false
import sqlite3

from fastapi import FastAPI, Header, Request

app = FastAPI()


@app.get("/00027")
def benchmark_test_00027(request: Request, referer: str = Header("")):
    param = referer
    bar = param if param in ("alpha", "beta") else "alpha"
    conn = sqlite3.connect("benchmark.db")
    conn.executescript("UPDATE users SET last_search = '" + bar + "' WHERE id = 1")
    result = True
    return {"result": str(result)}
