# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=cookieparam propagation=direct sink=safe0 expected=false
import os

from fastapi import FastAPI, Cookie, Request

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


@app.get("/00197")
def benchmark_test_00197(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = param
    with open(os.path.join(BASE_DIR, os.path.basename(bar))) as fh:
        result = len(fh.read())
    return {"result": str(result)}
