# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=fastapi source=multi shape=nullcontext_value sink=v2 expected=true
import contextlib

from fastapi import FastAPI, Query, Request
from sqlalchemy import create_engine, text
from typing import List

app = FastAPI()


@app.get("/00095")
def benchmark_test_00095(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    with contextlib.nullcontext(param) as v:
        bar = v
    engine = create_engine("sqlite:///benchmark.db")
    with engine.connect() as conn:
        result = conn.execute(text(f"SELECT id FROM users WHERE name = '{bar}'")).fetchall()  # want: PY-SQLI
    return {"result": str(result)}
