# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=fastapi source=paramnames propagation=try_int_fallback sink=v0 expected=false
import base64
import pickle

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00502")
def benchmark_test_00502(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    try:
        bar = str(int(param))
    except ValueError:
        bar = "0"
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return {"result": str(result)}
