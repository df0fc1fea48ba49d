# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=multi propagation=dict_get_taint sink=v1 expected=true
from fastapi import FastAPI, Query, Request
from fastapi.responses import RedirectResponse
from typing import List

app = FastAPI()


@app.get("/00289")
def benchmark_test_00289(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    m = {}
    m["keyA-55"] = "a-Value"
    m["keyB-55"] = param
    m["keyC"] = "another-Value"
    bar = m["keyB-55"]
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
