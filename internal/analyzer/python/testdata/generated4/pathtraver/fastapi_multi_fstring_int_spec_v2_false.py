# generated case (gen_cases4): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=multi shape=fstring_int_spec sink=v2 expected=false
import pathlib

from fastapi import FastAPI, Query, Request
from typing import List

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


@app.get("/00273")
def benchmark_test_00273(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = f"{int(param):d}"
    result = (pathlib.Path(BASE_DIR) / bar).read_text()
    return {"result": str(result)}
