# generated case (gen_cases6): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=cookie shape=staticmethod_via_instance sink=v2 expected=false
from fastapi import FastAPI, Request

app = FastAPI()
COLUMNS = {"n": "name", "e": "email"}


class Term:
    def __init__(self, text):
        self.text = text

    @classmethod
    def parse(cls, raw):
        return cls(raw.strip())

    @classmethod
    def default(cls, raw):
        return cls("all")

    @staticmethod
    def column(raw):
        return COLUMNS.get(raw, "name")


@app.get("/00066")
def benchmark_test_00066(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = Term("x").column(param)
    result = eval(compile(bar, "<benchmark>", "eval"))
    return {"result": str(result)}
