# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=querystring propagation=direct sink=safe1 expected=false
import os
import urllib.parse

from fastapi import FastAPI, Request
from werkzeug.utils import secure_filename

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


@app.get("/00212")
def benchmark_test_00212(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    with open(os.path.join(BASE_DIR, secure_filename(bar))) as fh:
        result = len(fh.read())
    return {"result": str(result)}
