# generated case (gen_cases5): category=deser rule=PY-DESERIALIZATION fw=fastapi source=formparam shape=yaml_loader_module_const_safe expected=false
import yaml

from fastapi import FastAPI, Form, Request

app = FastAPI()
YAML_LOADER = yaml.SafeLoader


@app.post("/00383")
def benchmark_test_00383(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = param
    obj = yaml.load(bar, Loader=YAML_LOADER)
    result = type(obj).__name__
    return {"result": str(result)}
