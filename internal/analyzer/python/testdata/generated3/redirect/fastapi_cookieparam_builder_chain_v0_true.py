# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=cookieparam propagation=builder_chain sink=v0 expected=true
from fastapi import FastAPI, Cookie, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


class Builder:
    def __init__(self):
        self.other = "safe"

    def set_value(self, value):
        self.value = value
        return self

    def get_value(self):
        return self.value

    def get_other(self):
        return self.other


@app.get("/00332")
def benchmark_test_00332(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = Builder().set_value(param).get_value()
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
