# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=multi propagation=split_first (helper class) sink=v1 expected=true
from fastapi import FastAPI, Query, Request
from fastapi.responses import HTMLResponse
from typing import List

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = param.split(" ")[0]
        return bar


@app.get("/00233")
def benchmark_test_00233(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = Test().do_something(request, param)
    return HTMLResponse(f"<p>Formatted like: {bar}</p>")  # want: PY-XSS
