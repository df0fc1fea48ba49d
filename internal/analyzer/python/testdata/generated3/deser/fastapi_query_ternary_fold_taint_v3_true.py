# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=fastapi source=query propagation=ternary_fold_taint sink=v3 expected=true
import base64
import io
import pickle

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00529")
def benchmark_test_00529(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    num = 106
    bar = param if (7 * 18) + num > 200 else "This_should_never_happen"
    obj = pickle.load(io.BytesIO(base64.b64decode(bar)))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": str(result)}
