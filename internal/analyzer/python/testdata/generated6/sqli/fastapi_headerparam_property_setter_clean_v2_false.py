# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=fastapi source=headerparam shape=property_setter_clean sink=v2 expected=false
import re

from fastapi import FastAPI, Header, Request
from sqlalchemy import create_engine, text

app = FastAPI()


class Filtered:
    def __init__(self):
        self._value = ""

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, new):
        self._value = re.sub(r"[^A-Za-z0-9]", "", new)


class Trimmed:
    def __init__(self):
        self._value = ""

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, new):
        self._value = new.strip()


@app.get("/00048")
def benchmark_test_00048(request: Request, referer: str = Header("")):
    param = referer
    f = Filtered()
    f.value = param
    bar = f.value
    engine = create_engine("sqlite:///benchmark.db")
    with engine.connect() as conn:
        result = conn.execute(text(f"SELECT id FROM users WHERE name = '{bar}'")).fetchall()
    return {"result": str(result)}
