# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=fastapi source=queryparams propagation=direct sink=safe2 expected=false
import yaml

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00448")
def benchmark_test_00448(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = param
    obj = yaml.load(bar, Loader=yaml.SafeLoader)
    result = type(obj).__name__
    return {"result": str(result)}
