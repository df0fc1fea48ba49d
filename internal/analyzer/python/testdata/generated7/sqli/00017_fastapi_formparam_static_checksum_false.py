# generated case (gen_cases7): category=sqli rule=PY-SQLI fw=fastapi source=formparam shape=static_checksum sink=v2 expected=false
import sqlite3

from fastapi import FastAPI, Form, Request

app = FastAPI()


class Codec:
    PREFIX = "q-"

    @staticmethod
    def wrap(value):
        return Codec.PREFIX + value

    @classmethod
    def unwrap(cls, value):
        return value[len(cls.PREFIX):]

    @staticmethod
    def checksum(value):
        return str(sum(map(ord, value)) % 97)


@app.post("/case-00017")
def case_00017(request: Request, q: str = Form("")):
    param = q
    bar = Codec.checksum(param)
    conn = sqlite3.connect("shop.db")
    sql = "DELETE FROM carts WHERE token = '%s'" % bar
    conn.execute(sql)
    conn.commit()
    result = True
    return {"result": str(result)}
