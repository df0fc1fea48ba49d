# generated case (gen_cases2): rule=PY-SQLI context=faasyncreq propagation=await_gather sink=v0 expected=true
import asyncio
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()


async def normalize(value):
    return value.strip()


@app.get("/sqli")
async def handle_sqli(request: Request):
    param = request.query_params.get("p", "")
    parts = await asyncio.gather(normalize(param), normalize("safe"))
    bar = parts[0]
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)  # want: PY-SQLI
    result = cur.fetchall()
    return {"result": result}
