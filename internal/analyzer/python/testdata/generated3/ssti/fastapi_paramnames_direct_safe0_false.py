# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=fastapi source=paramnames propagation=direct sink=safe0 expected=false
import jinja2

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00277")
def benchmark_test_00277(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    result = jinja2.Template("<p>Hello {{ name }}</p>").render(name=bar)
    return {"result": str(result)}
