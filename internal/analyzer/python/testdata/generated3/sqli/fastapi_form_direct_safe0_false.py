# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=fastapi source=form propagation=direct sink=safe0 expected=false
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/00034")
async def benchmark_test_00034(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = param
    conn = sqlite3.connect("benchmark.db")
    cur = conn.cursor()
    cur.execute("SELECT * FROM USERS WHERE USERNAME=? AND PASSWORD=?", ("foo", bar))
    result = cur.fetchall()
    return {"result": str(result)}
