# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=fastapi source=form shape=async_gen_safe sink=v4 expected=false
import asyncio
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()


async def echo_async(value):
    await asyncio.sleep(0)
    return value.strip()


async def label_async(value):
    await asyncio.sleep(0)
    return "fixed"


async def chunks(value):
    yield "safe"
    yield value


@app.post("/00118")
async def benchmark_test_00118(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    parts = [p async for p in chunks(param)]
    bar = parts[0]
    conn = sqlite3.connect("benchmark.db")
    conn.executescript("UPDATE users SET last_search = '" + bar + "' WHERE id = 1")
    result = True
    return {"result": str(result)}
