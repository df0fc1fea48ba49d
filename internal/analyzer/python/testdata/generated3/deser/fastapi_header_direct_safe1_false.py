# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=fastapi source=header propagation=direct sink=safe1 expected=false
import json

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00447")
def benchmark_test_00447(request: Request):
    param = request.headers.get("referer", "")
    bar = param
    obj = json.loads(bar)
    result = type(obj).__name__
    return {"result": str(result)}
