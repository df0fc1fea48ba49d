# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=fastapi source=query propagation=direct sink=safe0 expected=false
import jinja2

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00300")
def benchmark_test_00300(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = param
    result = jinja2.Template("<p>Hello {{ name }}</p>").render(name=bar)
    return {"result": str(result)}
