# generated case (gen_cases7): category=sqli rule=PY-SQLI fw=fastapi source=headerparam shape=limit_int sink=specific expected=false
import sqlite3

from fastapi import FastAPI, Header, Request

app = FastAPI()


@app.get("/case-00219")
def case_00219(request: Request, x_query: str = Header("")):
    param = x_query
    bar = param
    conn = sqlite3.connect("shop.db")
    rows = conn.execute("SELECT id FROM products ORDER BY id LIMIT " + str(int(bar))).fetchall()
    result = len(rows)
    return {"result": str(result)}
