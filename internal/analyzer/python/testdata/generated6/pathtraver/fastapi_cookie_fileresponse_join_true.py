# generated case (gen_cases6): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=cookie shape=fileresponse_join sink=specific expected=true
import os

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


@app.get("/00369")
def benchmark_test_00369(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    return FileResponse(os.path.join(BASE_DIR, bar))  # want: PY-PATH-TRAVERSAL
