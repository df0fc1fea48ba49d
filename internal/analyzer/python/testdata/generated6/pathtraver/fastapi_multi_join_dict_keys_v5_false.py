# generated case (gen_cases6): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=multi shape=join_dict_keys sink=v5 expected=false
import os

from fastapi import FastAPI, Query, Request
from typing import List

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


@app.get("/00214")
def benchmark_test_00214(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = ",".join({"x": param}.keys())
    full = os.path.join(BASE_DIR, bar)
    if not full.startswith(BASE_DIR):
        raise ValueError("outside the base directory")
    with open(full) as fh:
        result = len(fh.read())
    return {"result": str(result)}
