# generated case (gen_cases3): category=xxe rule=PY-XXE fw=fastapi source=queryparams propagation=direct sink=safe0 expected=false
import defusedxml.ElementTree as DefusedET

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00448")
def benchmark_test_00448(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = param
    root = DefusedET.fromstring(bar)
    result = root.findtext("name")
    return {"result": str(result)}
