# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=fastapi source=model propagation=direct sink=safe0 expected=false
import sqlite3

from fastapi import FastAPI, Request
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00042")
def benchmark_test_00042(request: Request, item: Item):
    param = item.name
    bar = param
    conn = sqlite3.connect("benchmark.db")
    cur = conn.cursor()
    cur.execute("SELECT * FROM USERS WHERE USERNAME=? AND PASSWORD=?", ("foo", bar))
    result = cur.fetchall()
    return {"result": str(result)}
