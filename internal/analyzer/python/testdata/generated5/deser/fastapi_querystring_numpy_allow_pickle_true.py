# generated case (gen_cases5): category=deser rule=PY-DESERIALIZATION fw=fastapi source=querystring shape=numpy_allow_pickle expected=true
import base64
import io
import numpy as np
import urllib.parse

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00388")
def benchmark_test_00388(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    arr = np.load(io.BytesIO(base64.b64decode(bar)), allow_pickle=True)  # want: PY-DESERIALIZATION
    result = str(type(arr))
    return {"result": str(result)}
