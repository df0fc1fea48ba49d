# generated case (gen_cases6): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=header shape=property_setter_trim sink=v2 expected=true
import re

from fastapi import FastAPI, Request

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


@app.get("/00050")
def benchmark_test_00050(request: Request):
    param = request.headers.get("referer", "")
    f = Trimmed()
    f.value = param
    bar = f.value
    result = eval(compile(bar, "<benchmark>", "eval"))  # want: PY-CODE-INJECTION
    return {"result": str(result)}
