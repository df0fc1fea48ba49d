# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=multi propagation=passthrough (helper class) sink=safe0 expected=false
import urllib.parse

from fastapi import FastAPI, Query, Request
from fastapi.responses import RedirectResponse
from typing import List

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


@app.get("/00320")
def benchmark_test_00320(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = Test().do_something(request, param)
    return RedirectResponse("/home?q=" + urllib.parse.quote_plus(bar))
