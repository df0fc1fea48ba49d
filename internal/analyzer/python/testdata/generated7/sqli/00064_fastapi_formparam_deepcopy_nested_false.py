# generated case (gen_cases7): category=sqli rule=PY-SQLI fw=fastapi source=formparam shape=deepcopy_nested sink=v2 expected=false
import copy
import sqlite3

from fastapi import FastAPI, Form, Request

app = FastAPI()


@app.post("/case-00064")
async def case_00064(request: Request, q: str = Form("")):
    param = q
    cfg = {"inner": {"q": "safe"}}
    clone = copy.deepcopy(cfg)
    clone["inner"]["q"] = param
    bar = cfg["inner"]["q"]
    conn = sqlite3.connect("shop.db")
    sql = "DELETE FROM carts WHERE token = '%s'" % bar
    conn.execute(sql)
    conn.commit()
    result = True
    return {"result": str(result)}
