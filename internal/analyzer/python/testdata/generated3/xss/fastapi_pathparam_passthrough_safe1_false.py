# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=pathparam propagation=passthrough (helper class) sink=safe1 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import PlainTextResponse

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


@app.get("/00255/{test_id}")
def benchmark_test_00255(request: Request, test_id: str):
    param = test_id
    bar = Test().do_something(request, param)
    return PlainTextResponse("Formatted like: " + bar)
