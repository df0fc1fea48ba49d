# generated case (gen_cases7): category=sqli rule=PY-SQLI fw=fastapi source=query shape=pandas_read_sql_concat sink=specific expected=true
import pandas
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/case-00222")
async def case_00222(request: Request, q: str = ""):
    param = q
    bar = param
    conn = sqlite3.connect("shop.db")
    frame = pandas.read_sql("SELECT * FROM products WHERE name = '" + bar + "'", conn)  # want: PY-SQLI
    result = len(frame)
    return {"result": str(result)}
