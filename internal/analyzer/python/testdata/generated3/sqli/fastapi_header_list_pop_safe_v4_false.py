# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=fastapi source=header propagation=list_pop_safe sink=v4 expected=false
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00009")
def benchmark_test_00009(request: Request):
    param = request.headers.get("referer", "")
    values_list = []
    values_list.append("safe")
    values_list.append(param)
    values_list.append("moresafe")
    values_list.pop(0)
    bar = values_list[1]
    conn = sqlite3.connect("benchmark.db")
    conn.executescript("UPDATE users SET last_search = '" + bar + "' WHERE id = 1")
    result = True
    return {"result": str(result)}
