# generated case (gen_cases6): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=form shape=super_init_const sink=v5 expected=false
import os

from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


class Field:
    def __init__(self, value):
        self.value = value


class StrippedField(Field):
    def __init__(self, value):
        super().__init__(value.strip())


class DefaultField(Field):
    def __init__(self, value):
        super().__init__("default")
        self.original = value


@app.post("/00012")
async def benchmark_test_00012(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = DefaultField(param).value
    full = os.path.join(BASE_DIR, bar)
    if not full.startswith(BASE_DIR):
        raise ValueError("outside the base directory")
    with open(full) as fh:
        result = len(fh.read())
    return {"result": str(result)}
