# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=multi propagation=undecidable_ternary (helper class) sink=v1 expected=true
from fastapi import FastAPI, Query, Request
from fastapi.responses import HTMLResponse
from typing import List

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = param if len(param) > 1 else "safe"
        return bar


@app.get("/00243")
def benchmark_test_00243(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = Test().do_something(request, param)
    return HTMLResponse(f"<p>Formatted like: {bar}</p>")  # want: PY-XSS
