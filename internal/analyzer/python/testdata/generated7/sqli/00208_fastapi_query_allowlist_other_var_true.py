# generated case (gen_cases7): category=sqli rule=PY-SQLI fw=fastapi source=query shape=allowlist_other_var sink=v2 expected=true
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()
ALLOWED = {"alpha", "beta"}


@app.get("/case-00208")
async def case_00208(request: Request, q: str = ""):
    param = q
    candidate = param.strip()
    if candidate not in ALLOWED:
        candidate = "alpha"
    bar = param
    conn = sqlite3.connect("shop.db")
    sql = "DELETE FROM carts WHERE token = '%s'" % bar
    conn.execute(sql)  # want: PY-SQLI
    conn.commit()
    result = True
    return {"result": str(result)}
