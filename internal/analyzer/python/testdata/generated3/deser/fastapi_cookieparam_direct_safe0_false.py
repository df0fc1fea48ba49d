# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=fastapi source=cookieparam propagation=direct sink=safe0 expected=false
import yaml

from fastapi import FastAPI, Cookie, Request

app = FastAPI()


@app.get("/00566")
def benchmark_test_00566(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = param
    obj = yaml.safe_load(bar)
    result = type(obj).__name__
    return {"result": str(result)}
