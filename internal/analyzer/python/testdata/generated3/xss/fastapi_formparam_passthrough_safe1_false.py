# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=formparam propagation=passthrough (helper class) sink=safe1 expected=false
from fastapi import FastAPI, Form, Request
from fastapi.responses import PlainTextResponse

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


@app.post("/00239")
def benchmark_test_00239(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = Test().do_something(request, param)
    return PlainTextResponse("Formatted like: " + bar)
