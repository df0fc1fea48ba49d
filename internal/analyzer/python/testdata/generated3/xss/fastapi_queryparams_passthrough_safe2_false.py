# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=queryparams propagation=passthrough (helper class) sink=safe2 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


@app.get("/00257")
def benchmark_test_00257(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    return HTMLResponse("Formatted like: " + bar, headers={"Content-Type": "text/plain"})
