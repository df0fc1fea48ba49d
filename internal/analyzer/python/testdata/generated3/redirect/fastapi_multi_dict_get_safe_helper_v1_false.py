# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=multi propagation=dict_get_safe (helper class) sink=v1 expected=false
from fastapi import FastAPI, Query, Request
from fastapi.responses import RedirectResponse
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


@app.get("/00331")
def benchmark_test_00331(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = Test().do_something(request, param)
    return RedirectResponse(bar)
