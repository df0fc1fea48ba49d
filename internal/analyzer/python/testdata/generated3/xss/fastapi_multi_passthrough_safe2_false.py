# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=multi propagation=passthrough (helper class) sink=safe2 expected=false
from fastapi import FastAPI, Query, Request
from fastapi.responses import HTMLResponse
from typing import List

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


@app.get("/00269")
def benchmark_test_00269(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = Test().do_something(request, param)
    return HTMLResponse("Formatted like: " + bar, headers={"Content-Type": "text/plain"})
