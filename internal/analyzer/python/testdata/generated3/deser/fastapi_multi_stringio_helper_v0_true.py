# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=fastapi source=multi propagation=stringio (helper class) sink=v0 expected=true
import base64
import io
import pickle

from fastapi import FastAPI, Query, Request
from typing import List

app = FastAPI()


class Test:
    def do_something(self, request, param):
        buf = io.StringIO()
        buf.write(param)
        bar = buf.getvalue()
        return bar


@app.get("/00493")
def benchmark_test_00493(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = Test().do_something(request, param)
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": str(result)}
