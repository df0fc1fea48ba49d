# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=fastapi source=querystring shape=asyncpg_params sink=specific expected=false
import asyncpg
import os
import urllib.parse

from fastapi import FastAPI, Request

app = FastAPI()
DSN = os.environ["DATABASE_URL"]


@app.get("/00316")
async def benchmark_test_00316(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    conn = await asyncpg.connect(DSN)
    rows = await conn.fetch("SELECT id FROM users WHERE name = $1", bar)
    result = len(rows)
    return {"result": str(result)}
