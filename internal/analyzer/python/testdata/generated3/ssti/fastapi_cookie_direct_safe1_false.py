# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=fastapi source=cookie propagation=direct sink=safe1 expected=false
from fastapi import FastAPI, Request
from jinja2.sandbox import SandboxedEnvironment

app = FastAPI()


@app.get("/00302")
def benchmark_test_00302(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    result = SandboxedEnvironment(autoescape=True).from_string("<p>Hello " + bar + "</p>").render()
    return {"result": str(result)}
