# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=cookieparam propagation=passthrough (helper class) sink=safe1 expected=false
from fastapi import FastAPI, Cookie, Request
from fastapi.responses import PlainTextResponse

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


@app.get("/00245")
def benchmark_test_00245(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = Test().do_something(request, param)
    return PlainTextResponse("Formatted like: " + bar)
