# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=fastapi source=queryparams propagation=dict_get_default_safe sink=v1 expected=false
import yaml

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00517")
def benchmark_test_00517(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    m = {}
    m["keyB-55"] = param
    bar = m.get("keyA-55", "fallback")
    obj = yaml.load(bar, Loader=yaml.Loader)
    result = type(obj).__name__
    return {"result": str(result)}
