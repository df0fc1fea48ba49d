# generated case (gen_cases7): category=sqli rule=PY-SQLI fw=fastapi source=cookie shape=repr_conversion sink=v2 expected=true
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/case-00113")
def case_00113(request: Request):
    param = request.cookies.get("q", "none")
    bar = f"{param!r}"
    conn = sqlite3.connect("shop.db")
    sql = "DELETE FROM carts WHERE token = '%s'" % bar
    conn.execute(sql)  # want: PY-SQLI
    conn.commit()
    result = True
    return {"result": str(result)}
