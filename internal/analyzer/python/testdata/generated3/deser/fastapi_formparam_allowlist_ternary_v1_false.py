# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=fastapi source=formparam propagation=allowlist_ternary sink=v1 expected=false
import yaml

from fastapi import FastAPI, Form, Request

app = FastAPI()


@app.post("/00496")
def benchmark_test_00496(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = param if param in ("alpha", "beta") else "alpha"
    obj = yaml.load(bar, Loader=yaml.Loader)
    result = type(obj).__name__
    return {"result": str(result)}
