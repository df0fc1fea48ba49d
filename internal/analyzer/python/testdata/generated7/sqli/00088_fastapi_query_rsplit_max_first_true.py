# generated case (gen_cases7): category=sqli rule=PY-SQLI fw=fastapi source=query shape=rsplit_max_first sink=v2 expected=true
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/case-00088")
async def case_00088(request: Request, q: str = ""):
    param = q
    parts = (param + "/default").rsplit("/", 1)
    bar = parts[0]
    conn = sqlite3.connect("shop.db")
    sql = "DELETE FROM carts WHERE token = '%s'" % bar
    conn.execute(sql)  # want: PY-SQLI
    conn.commit()
    result = True
    return {"result": str(result)}
