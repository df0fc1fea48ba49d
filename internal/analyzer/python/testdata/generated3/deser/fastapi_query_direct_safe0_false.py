# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=fastapi source=query propagation=direct sink=safe0 expected=false
import yaml

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00446")
def benchmark_test_00446(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = param
    obj = yaml.safe_load(bar)
    result = type(obj).__name__
    return {"result": str(result)}
