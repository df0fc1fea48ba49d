# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=formparam propagation=direct sink=safe0 expected=false
import os

from fastapi import FastAPI, Form, Request

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


@app.post("/00192")
def benchmark_test_00192(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = param
    with open(os.path.join(BASE_DIR, os.path.basename(bar))) as fh:
        result = len(fh.read())
    return {"result": str(result)}
