# generated case (gen_cases7): category=sqli rule=PY-SQLI fw=fastapi source=formparam shape=kwonly_on sink=v2 expected=true
import sqlite3

from fastapi import FastAPI, Form, Request

app = FastAPI()


def choose(*, value, use_value=False):
    return value if use_value else "default"


@app.post("/case-00184")
async def case_00184(request: Request, q: str = Form("")):
    param = q
    bar = choose(value=param, use_value=True)
    conn = sqlite3.connect("shop.db")
    sql = "DELETE FROM carts WHERE token = '%s'" % bar
    conn.execute(sql)  # want: PY-SQLI
    conn.commit()
    result = True
    return {"result": str(result)}
