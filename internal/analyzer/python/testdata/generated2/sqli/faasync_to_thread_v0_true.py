# generated case (gen_cases2): rule=PY-SQLI context=faasync propagation=to_thread sink=v0 expected=true
import asyncio
import sqlite3

from fastapi import FastAPI

app = FastAPI()


@app.get("/sqli")
async def handle_sqli(p: str = ""):
    param = p
    bar = await asyncio.to_thread(str.strip, param)
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)  # want: PY-SQLI
    result = cur.fetchall()
    return {"result": result}
