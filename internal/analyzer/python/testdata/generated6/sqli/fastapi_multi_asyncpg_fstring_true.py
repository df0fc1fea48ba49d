# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=fastapi source=multi shape=asyncpg_fstring sink=specific expected=true
import asyncpg
import os

from fastapi import FastAPI, Query, Request
from typing import List

app = FastAPI()
DSN = os.environ["DATABASE_URL"]


@app.get("/00317")
async def benchmark_test_00317(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = param
    conn = await asyncpg.connect(DSN)
    rows = await conn.fetch(f"SELECT id FROM users WHERE name = '{bar}'")  # want: PY-SQLI
    result = len(rows)
    return {"result": str(result)}
