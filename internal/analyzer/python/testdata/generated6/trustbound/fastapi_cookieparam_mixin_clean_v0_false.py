# generated case (gen_cases6): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=cookieparam shape=mixin_clean sink=v0 expected=false
import re

from fastapi import FastAPI, Cookie, Request

app = FastAPI()


class CleanMixin:
    def clean(self, value):
        return re.sub(r"[^A-Za-z0-9]", "", value)


class CleanHandler(CleanMixin):
    def handle(self, value):
        return self.clean(value)


class LeakyHandler(CleanMixin):
    def handle(self, value):
        self.clean(value)
        return value


@app.get("/00021")
def benchmark_test_00021(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = CleanHandler().handle(param)
    request.session["userid"] = bar
    result = True
    return {"result": str(result)}
