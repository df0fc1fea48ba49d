# generated case (gen_cases6): category=deser rule=PY-DESERIALIZATION fw=fastapi source=cookie shape=ctx_enter_const sink=v1 expected=false
import yaml

from fastapi import FastAPI, Request

app = FastAPI()


class Scope:
    def __init__(self, value):
        self.value = value
        self.label = "scope"

    def __enter__(self):
        return self.value

    def __exit__(self, *exc):
        return False


class Labelled(Scope):
    def __enter__(self):
        return self.label


@app.get("/00086")
def benchmark_test_00086(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    with Labelled(param) as entered:
        bar = entered
    obj = yaml.load(bar, Loader=yaml.Loader)
    result = type(obj).__name__
    return {"result": str(result)}
