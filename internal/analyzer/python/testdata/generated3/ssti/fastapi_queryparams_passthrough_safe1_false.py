# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=fastapi source=queryparams propagation=passthrough (helper class) sink=safe1 expected=false
from fastapi import FastAPI, Request
from jinja2.sandbox import SandboxedEnvironment

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


@app.get("/00303")
def benchmark_test_00303(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    result = SandboxedEnvironment(autoescape=True).from_string("<p>Hello " + bar + "</p>").render()
    return {"result": str(result)}
