# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=fastapi source=cookieparam propagation=direct sink=safe1 expected=false
import json

from fastapi import FastAPI, Cookie, Request

app = FastAPI()


@app.get("/00541")
def benchmark_test_00541(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = param
    obj = json.loads(bar)
    result = type(obj).__name__
    return {"result": str(result)}
