# generated case (gen_cases6): category=deser rule=PY-DESERIALIZATION fw=fastapi source=queryparams shape=suppress_int_raw sink=v3 expected=true
import base64
import contextlib
import io
import pickle

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00102")
def benchmark_test_00102(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = param
    with contextlib.suppress(ValueError):
        bar = str(int(param))
    obj = pickle.load(io.BytesIO(base64.b64decode(bar)))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": str(result)}
