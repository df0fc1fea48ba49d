# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=cookieparam propagation=direct sink=safe4 expected=false
import os

from fastapi import FastAPI, Cookie, Request

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"
BASE_ROOT = "/srv/app/testfiles"


@app.get("/00215")
def benchmark_test_00215(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = param
    full = os.path.realpath(os.path.join(BASE_ROOT, bar))
    if os.path.commonpath([full, BASE_ROOT]) != BASE_ROOT:
        raise ValueError("outside the base directory")
    with open(full) as fh:
        result = len(fh.read())
    return {"result": str(result)}
