# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=fastapi source=multi propagation=match_const_taint sink=v0 expected=true
import base64
import pickle

from fastapi import FastAPI, Query, Request
from typing import List

app = FastAPI()


@app.get("/00547")
def benchmark_test_00547(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    target = "A"
    match target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case _:
            bar = "default"
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": str(result)}
