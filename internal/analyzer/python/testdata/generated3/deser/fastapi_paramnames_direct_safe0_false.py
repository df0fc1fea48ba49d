# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=fastapi source=paramnames propagation=direct sink=safe0 expected=false
import yaml

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00540")
def benchmark_test_00540(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    obj = yaml.safe_load(bar)
    result = type(obj).__name__
    return {"result": str(result)}
