# generated case (gen_cases5): category=deser rule=PY-DESERIALIZATION fw=fastapi source=multi shape=pickle_fromhex expected=true
import pickle

from fastapi import FastAPI, Query, Request
from typing import List

app = FastAPI()


@app.get("/00374")
def benchmark_test_00374(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = param
    obj = pickle.loads(bytes.fromhex(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": str(result)}
