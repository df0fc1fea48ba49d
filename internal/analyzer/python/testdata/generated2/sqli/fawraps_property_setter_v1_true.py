# generated case (gen_cases2): rule=PY-SQLI context=fawraps propagation=property_setter sink=v1 expected=true
import functools
import logging
import sqlite3

from fastapi import FastAPI

app = FastAPI()
log = logging.getLogger(__name__)


class Wrapper:
    def __init__(self, raw):
        self._raw = raw

    @property
    def raw(self):
        return self._raw

    @raw.setter
    def raw(self, value):
        self._raw = value


def audited(view):
    @functools.wraps(view)
    async def wrapper(*args, **kwargs):
        log.info("calling %s", view.__name__)
        return await view(*args, **kwargs)
    return wrapper


@app.get("/sqli")
@audited
async def handle_sqli(p: str = ""):
    param = p
    w = Wrapper("safe")
    w.raw = param
    bar = w.raw
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()  # want: PY-SQLI
    return {"result": result}
