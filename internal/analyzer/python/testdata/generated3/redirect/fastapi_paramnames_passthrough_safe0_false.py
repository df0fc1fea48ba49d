# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=paramnames propagation=passthrough (helper class) sink=safe0 expected=false
import urllib.parse

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


@app.get("/00362")
def benchmark_test_00362(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    bar = Test().do_something(request, param)
    return RedirectResponse("/home?q=" + urllib.parse.quote_plus(bar))
