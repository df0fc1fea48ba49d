# generated case (gen_cases7): category=sqli rule=PY-SQLI fw=fastapi source=queryparams shape=format_kw_unused sink=v2 expected=false
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/case-00112")
async def case_00112(request: Request):
    param = request.query_params.get("q", "")
    bar = "{a}".format(a="safe", b=param)
    conn = sqlite3.connect("shop.db")
    sql = "DELETE FROM carts WHERE token = '%s'" % bar
    conn.execute(sql)
    conn.commit()
    result = True
    return {"result": str(result)}
