# generated case (gen_cases2): rule=PY-SQLI context=faasync propagation=classmethod_const sink=v0 expected=false
import sqlite3

from fastapi import FastAPI

app = FastAPI()


class Util:
    prefix = "safe"

    @classmethod
    def passthrough(cls, value):
        return cls.prefix


@app.get("/sqli")
async def handle_sqli(p: str = ""):
    param = p
    bar = Util.passthrough(param)
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)
    result = cur.fetchall()
    return {"result": result}
