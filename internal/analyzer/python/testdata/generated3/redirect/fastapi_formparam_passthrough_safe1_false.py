# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=formparam propagation=passthrough (helper class) sink=safe1 expected=false
import urllib.parse

from fastapi import FastAPI, Form, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


@app.post("/00348")
def benchmark_test_00348(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = Test().do_something(request, param)
    return RedirectResponse("/home?q=" + urllib.parse.quote_plus(bar))
