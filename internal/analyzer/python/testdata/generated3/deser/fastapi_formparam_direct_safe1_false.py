# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=fastapi source=formparam propagation=direct sink=safe1 expected=false
import json

from fastapi import FastAPI, Form, Request

app = FastAPI()


@app.post("/00510")
def benchmark_test_00510(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = param
    obj = json.loads(bar)
    result = type(obj).__name__
    return {"result": str(result)}
