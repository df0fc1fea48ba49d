# generated case (gen_cases4): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=multi shape=partition_sep sink=v2 expected=false
import pathlib

from fastapi import FastAPI, Query, Request
from typing import List

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


@app.get("/00147")
def benchmark_test_00147(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = param.partition("=")[1] or "none"
    result = (pathlib.Path(BASE_DIR) / bar).read_text()
    return {"result": str(result)}
