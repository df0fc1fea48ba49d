# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=fastapi source=queryparams propagation=dict_overwrite_other sink=v1 expected=true
import yaml

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00541")
def benchmark_test_00541(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    m = {}
    m["keyA-55"] = "a-Value"
    m["keyB-55"] = param
    m["keyA-55"] = "overwritten"
    bar = m["keyB-55"]
    obj = yaml.load(bar, Loader=yaml.Loader)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": str(result)}
