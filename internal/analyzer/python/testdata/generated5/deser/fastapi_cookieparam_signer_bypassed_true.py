# generated case (gen_cases5): category=deser rule=PY-DESERIALIZATION fw=fastapi source=cookieparam shape=signer_bypassed expected=true
import base64
import pickle

from fastapi import FastAPI, Cookie, Request

app = FastAPI()


@app.get("/00396")
def benchmark_test_00396(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = param
    raw = bar.rsplit(".", 1)[0]
    obj = pickle.loads(base64.b64decode(raw))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": str(result)}
