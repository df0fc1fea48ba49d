# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=paramnames propagation=direct sink=safe1 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import PlainTextResponse

app = FastAPI()


@app.get("/00238")
def benchmark_test_00238(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    return PlainTextResponse("Formatted like: " + bar)
