# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=fastapi source=paramnames propagation=filter_isalnum sink=v1 expected=false
import jinja2

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00269")
def benchmark_test_00269(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    bar = "".join(filter(str.isalnum, param))
    result = jinja2.Template("<p>Hello " + bar + "</p>").render()
    return {"result": str(result)}
