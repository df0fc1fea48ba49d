# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=multi propagation=try_int_fallback sink=v1 expected=false
from fastapi import FastAPI, Query, Request
from typing import List

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


@app.get("/00200")
def benchmark_test_00200(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    try:
        bar = str(int(param))
    except ValueError:
        bar = "0"
    with open(BASE_DIR + bar, "rb") as fh:
        result = len(fh.read())
    return {"result": str(result)}
