# generated case (gen_cases6): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=queryparams shape=fileresponse_basename sink=specific expected=false
import os

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


@app.get("/00370")
def benchmark_test_00370(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = param
    return FileResponse(os.path.join(BASE_DIR, os.path.basename(bar)))
