# generated case (gen_cases7): category=sqli rule=PY-SQLI fw=fastapi source=cookie shape=kill_after_branch sink=v2 expected=false
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/case-00160")
async def case_00160(request: Request):
    param = request.cookies.get("q", "none")
    if len(param) > 3:
        bar = param
    else:
        bar = "short"
    bar = "fixed"
    conn = sqlite3.connect("shop.db")
    sql = "DELETE FROM carts WHERE token = '%s'" % bar
    conn.execute(sql)
    conn.commit()
    result = True
    return {"result": str(result)}
