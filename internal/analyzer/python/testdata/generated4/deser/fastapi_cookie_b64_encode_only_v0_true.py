# generated case (gen_cases4): category=deser rule=PY-DESERIALIZATION fw=fastapi source=cookie shape=b64_encode_only sink=v0 expected=true
import base64
import pickle

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00284")
def benchmark_test_00284(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = base64.urlsafe_b64encode(param.encode("utf-8")).decode("ascii")
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": str(result)}
