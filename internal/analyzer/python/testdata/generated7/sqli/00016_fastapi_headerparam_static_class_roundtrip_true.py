# generated case (gen_cases7): category=sqli rule=PY-SQLI fw=fastapi source=headerparam shape=static_class_roundtrip sink=v2 expected=true
import sqlite3

from fastapi import FastAPI, Header, Request

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


@app.get("/case-00016")
async def case_00016(request: Request, x_query: str = Header("")):
    param = x_query
    bar = Codec.unwrap(Codec.wrap(param))
    conn = sqlite3.connect("shop.db")
    sql = "DELETE FROM carts WHERE token = '%s'" % bar
    conn.execute(sql)  # want: PY-SQLI
    conn.commit()
    result = True
    return {"result": str(result)}
