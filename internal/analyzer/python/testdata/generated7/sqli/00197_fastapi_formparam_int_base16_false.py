# generated case (gen_cases7): category=sqli rule=PY-SQLI fw=fastapi source=formparam shape=int_base16 sink=v2 expected=false
import sqlite3

from fastapi import FastAPI, Form, Request

app = FastAPI()


@app.post("/case-00197")
def case_00197(request: Request, q: str = Form("")):
    param = q
    bar = str(int(param, 16))
    conn = sqlite3.connect("shop.db")
    sql = "DELETE FROM carts WHERE token = '%s'" % bar
    conn.execute(sql)
    conn.commit()
    result = True
    return {"result": str(result)}
