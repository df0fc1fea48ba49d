# generated case (gen_cases6): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=formparam shape=ctx_enter_value sink=v1 expected=true
from fastapi import FastAPI, Form, Request
from fastapi.responses import RedirectResponse

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


@app.post("/00084")
def benchmark_test_00084(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    with Scope(param) as entered:
        bar = entered
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
