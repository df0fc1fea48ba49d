# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=multi propagation=dict_get_safe (helper class) sink=v0 expected=false
from fastapi import FastAPI, Query, Request
from typing import List

app = FastAPI()


class Test:
    def do_something(self, request, param):
        m = {}
        m["keyA-55"] = "a-Value"
        m["keyB-55"] = param
        m["keyC"] = "another-Value"
        bar = m["keyA-55"]
        return bar


@app.get("/00582")
def benchmark_test_00582(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = Test().do_something(request, param)
    request.session["userid"] = bar
    result = True
    return {"result": str(result)}
