# generated case (gen_cases7): category=sqli rule=PY-SQLI fw=fastapi source=cookie shape=slice_const_safe sink=v2 expected=false
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/case-00040")
async def case_00040(request: Request):
    param = request.cookies.get("q", "none")
    vals = ["a", "b", param, "c"]
    window = vals[:2]
    bar = "-".join(window)
    conn = sqlite3.connect("shop.db")
    sql = "DELETE FROM carts WHERE token = '%s'" % bar
    conn.execute(sql)
    conn.commit()
    result = True
    return {"result": str(result)}
