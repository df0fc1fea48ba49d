# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=paramnames propagation=direct sink=safe1 expected=false
import urllib.parse

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/00347")
def benchmark_test_00347(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    return RedirectResponse("/home?q=" + urllib.parse.quote_plus(bar))
