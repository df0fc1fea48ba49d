# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=fastapi source=querystring propagation=direct sink=safe1 expected=false
import urllib.parse

from fastapi import FastAPI, Request
from jinja2.sandbox import SandboxedEnvironment

app = FastAPI()


@app.get("/00316")
def benchmark_test_00316(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    result = SandboxedEnvironment(autoescape=True).from_string("<p>Hello " + bar + "</p>").render()
    return {"result": str(result)}
