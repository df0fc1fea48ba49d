# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=formparam propagation=if_fold_div_safe sink=v4 expected=false
import os

from fastapi import FastAPI, Form, Request

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"
BASE_ROOT = "/srv/app/testfiles"


@app.post("/00170")
def benchmark_test_00170(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    num = 86
    if (500 / 42) + num > 200:
        bar = param
    else:
        bar = "This should never happen"
    full = os.path.join(BASE_ROOT, bar)
    if os.path.commonpath([full, BASE_ROOT]) != BASE_ROOT:
        raise ValueError("outside the base directory")
    with open(full) as fh:
        result = len(fh.read())
    return {"result": str(result)}
