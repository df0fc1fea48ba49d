# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=query propagation=dict_get_default_safe sink=v4 expected=false
import os

from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"
BASE_ROOT = "/srv/app/testfiles"


@app.get("/00182")
def benchmark_test_00182(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    m = {}
    m["keyB-55"] = param
    bar = m.get("keyA-55", "fallback")
    full = os.path.join(BASE_ROOT, bar)
    if os.path.commonpath([full, BASE_ROOT]) != BASE_ROOT:
        raise ValueError("outside the base directory")
    with open(full) as fh:
        result = len(fh.read())
    return {"result": str(result)}
