# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=fastapi source=multi propagation=join_builder_replaced sink=v0 expected=false
import base64
import pickle

from fastapi import FastAPI, Query, Request
from typing import List

app = FastAPI()


@app.get("/00523")
def benchmark_test_00523(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    sbuilder = [param]
    sbuilder[0] = "safe"
    bar = "".join(sbuilder)
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return {"result": str(result)}
