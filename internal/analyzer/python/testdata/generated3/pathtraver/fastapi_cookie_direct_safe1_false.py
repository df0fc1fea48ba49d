# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=cookie propagation=direct sink=safe1 expected=false
import os

from fastapi import FastAPI, Request
from werkzeug.utils import secure_filename

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


@app.get("/00202")
def benchmark_test_00202(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    with open(os.path.join(BASE_DIR, secure_filename(bar))) as fh:
        result = len(fh.read())
    return {"result": str(result)}
