# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=fastapi source=formparam propagation=direct sink=safe0 expected=false
import jinja2

from fastapi import FastAPI, Form, Request

app = FastAPI()


@app.post("/00284")
def benchmark_test_00284(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = param
    result = jinja2.Template("<p>Hello {{ name }}</p>").render(name=bar)
    return {"result": str(result)}
