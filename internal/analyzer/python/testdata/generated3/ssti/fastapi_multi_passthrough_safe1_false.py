# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=fastapi source=multi propagation=passthrough (helper class) sink=safe1 expected=false
from fastapi import FastAPI, Query, Request
from jinja2.sandbox import SandboxedEnvironment
from typing import List

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


@app.get("/00317")
def benchmark_test_00317(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = Test().do_something(request, param)
    result = SandboxedEnvironment(autoescape=True).from_string("<p>Hello " + bar + "</p>").render()
    return {"result": str(result)}
