# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=cookie propagation=passthrough (helper class) sink=safe1 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import PlainTextResponse

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


@app.get("/00267")
def benchmark_test_00267(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = Test().do_something(request, param)
    return PlainTextResponse("Formatted like: " + bar)
