# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=querystring propagation=direct sink=safe2 expected=false
import os
import urllib.parse

from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


@app.get("/00203")
def benchmark_test_00203(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    full = os.path.realpath(os.path.join(BASE_DIR, bar))
    if not full.startswith(BASE_DIR):
        full = os.path.join(BASE_DIR, "index.txt")
    with open(full) as fh:
        result = len(fh.read())
    return {"result": str(result)}
