# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=fastapi source=querystring propagation=direct sink=safe1 expected=false
import json
import urllib.parse

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00510")
def benchmark_test_00510(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    obj = json.loads(bar)
    result = type(obj).__name__
    return {"result": str(result)}
