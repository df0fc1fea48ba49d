# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=pathparam propagation=direct sink=safe2 expected=false
import os

from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


@app.get("/00199/{test_id}")
def benchmark_test_00199(request: Request, test_id: str):
    param = test_id
    bar = param
    full = os.path.realpath(os.path.join(BASE_DIR, bar))
    if not full.startswith(BASE_DIR):
        full = os.path.join(BASE_DIR, "index.txt")
    with open(full) as fh:
        result = len(fh.read())
    return {"result": str(result)}
