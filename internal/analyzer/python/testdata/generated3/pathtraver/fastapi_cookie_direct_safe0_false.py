# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=cookie propagation=direct sink=safe0 expected=false
import os

from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


@app.get("/00211")
def benchmark_test_00211(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    with open(os.path.join(BASE_DIR, os.path.basename(bar))) as fh:
        result = len(fh.read())
    return {"result": str(result)}
