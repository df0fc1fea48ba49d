# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=fastapi source=form shape=await_helper sink=v3 expected=true
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


@app.post("/00111")
async def benchmark_test_00111(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = await echo_async(param)
    conn = sqlite3.connect("benchmark.db")
    conn.executescript("UPDATE users SET last_search = '" + bar + "' WHERE id = 1")  # want: PY-SQLI
    result = True
    return {"result": str(result)}
