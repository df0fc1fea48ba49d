# generated case (gen_cases7): category=sqli rule=PY-SQLI fw=fastapi source=cookie shape=query_built_in_helper sink=specific expected=true
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()


def build_where(name):
    return "SELECT id FROM products WHERE name = '%s'" % name


@app.get("/case-00225")
def case_00225(request: Request):
    param = request.cookies.get("q", "none")
    bar = param
    conn = sqlite3.connect("shop.db")
    rows = conn.execute(build_where(bar)).fetchall()  # want: PY-SQLI
    result = len(rows)
    return {"result": str(result)}
