# generated case (gen_cases5): category=deser rule=PY-DESERIALIZATION fw=fastapi source=cookieparam shape=marshal_b64 expected=true
import base64
import marshal

from fastapi import FastAPI, Cookie, Request

app = FastAPI()


@app.get("/00370")
def benchmark_test_00370(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = param
    code = marshal.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(code).__name__
    return {"result": str(result)}
