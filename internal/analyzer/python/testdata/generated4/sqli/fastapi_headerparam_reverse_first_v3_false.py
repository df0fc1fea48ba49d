# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=fastapi source=headerparam shape=reverse_first sink=v3 expected=false
import sqlite3

from fastapi import FastAPI, Header, Request

app = FastAPI()


@app.get("/00111")
def benchmark_test_00111(request: Request, referer: str = Header("")):
    param = referer
    items = [param, "safe"]
    items.reverse()
    bar = items[0]
    conn = sqlite3.connect("benchmark.db")
    conn.executescript("UPDATE users SET last_search = '" + bar + "' WHERE id = 1")
    result = True
    return {"result": str(result)}
